package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.isnad.model.Span;
import org.isnad.time.TimeFields;
import org.isnad.time.Timex;
import org.isnad.time.TimexType;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link RecognizersTimex}; none needs {@code ../shared}. */
class RecognizersTimexTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2016, 11, 7, 16, 12, 30);

    @Test
    void anXInTheSpecMeansAny() {
        assertThat(matches("XXXX-10-02", date("2016-10-02"))).isTrue();
        assertThat(matches("XXXX-10-02", date("2017-10-02"))).isTrue();
        assertThat(matches("XXXX-10-02", date("2016-10-03"))).isFalse();
        assertThat(matches("XXXX-XX-15", date("2016-11-15"))).isTrue();
        assertThat(matches("(XX70-01-01,XX80-01-01,P10Y)", stretch("1970-01-01T00:00", "1979-12-31T23:59"))).isTrue();
        assertThat(matches("(XX70-01-01,XX80-01-01,P10Y)", stretch("1960-01-01T00:00", "1969-12-31T23:59"))).isFalse();
    }

    @Test
    void anXInTheEngineValueAnswersOnlyAnX() {
        assertThat(matches("2016-10-02", date("XXXX-10-02"))).isFalse();
        assertThat(matches("XXXX-10-02", date("XXXX-10-02"))).isTrue();
        assertThat(matches("XXXX-WXX-5", date("XXXX-WXX-5"))).isTrue();
    }

    @Test
    void theCalendarGrainMustBeTheSpecs() {
        assertThat(matches("2016-09", date("2016-09"))).isTrue();
        assertThat(matches("2016-09", date("2016-09-12"))).isFalse();
        assertThat(matches("2016-09-12", date("2016-09"))).isFalse();
        assertThat(matches("2017", date("2017"))).isTrue();
        assertThat(matches("2017", date("2017-01"))).isFalse();
    }

    @Test
    void aWeekdayIsAnyDayOnThatWeekday() {
        assertThat(matches("XXXX-WXX-5", date("2016-11-11"))).isTrue();
        assertThat(matches("XXXX-WXX-5", date("2016-11-10"))).isFalse();
        assertThat(matches("XXXX-WXX-7T20", time("2016-11-13T20:00"))).isTrue();
        assertThat(matches("XXXX-WXX-7T20", time("2016-11-12T20:00"))).isFalse();
    }

    @Test
    void theNthWeekdayOfAMonthWithOrWithoutHash() {
        assertThat(matches("XXXX-07-WXX-5-#1", date("2016-07-01"))).isTrue();
        assertThat(matches("XXXX-07-WXX-5-#1", date("2016-07-08"))).isFalse();
        assertThat(matches("2010-11-WXX-4-4", date("2010-11-25"))).isTrue();
        assertThat(matches("2010-11-WXX-4-4", date("2010-11-18"))).isFalse();
    }

    @Test
    void aWeekOfAMonthCountsMondaysOrThursdaysAndPastFiveTheWeekOfTheYear() {
        assertThat(matches("2016-11-W03", date("2016-W47"))).as("21 November 2016 is the third Monday").isTrue();
        assertThat(matches("2015-01-W01", date("2015-W01"))).as("its Thursday is 1 January").isTrue();
        assertThat(matches("XXXX-07-W04", date("2017-W30"))).isTrue();
        assertThat(matches("2015-12-W53", date("2015-W53"))).isTrue();
        assertThat(matches("2016-11-W03", date("2016-W45"))).isFalse();
        assertThat(matches("2016-11-W03", date("2016-11-21"))).as("a day is not a week").isFalse();
    }

    @Test
    void weeksWeekendsAndSeasonsByTheirOwnValue() {
        assertThat(matches("2016-W45", date("2016-W45"))).isTrue();
        assertThat(matches("2016-W45", date("2016-W46"))).isFalse();
        assertThat(matches("2016-W45-WE", date("2016-W45"))).isFalse();
        assertThat(matches("2016-W45-WE", date("2016-W45-WE"))).isTrue();
        assertThat(matches("SU", date("2016-SU"))).isTrue();
        assertThat(matches("SU", date("2016-WI"))).isFalse();
        assertThat(matches("2016-SU", date("2017-SU"))).isFalse();
    }

    @Test
    void aClockTimeLeavesOutOnlyZeros() {
        assertThat(matches("T19", time("2016-11-07T19:00"))).isTrue();
        assertThat(matches("T19", time("XXXX-XX-XXT19"))).isTrue();
        assertThat(matches("T19", time("2016-11-07T19:30"))).isFalse();
        assertThat(matches("T19", time("2016-11-07T07:00"))).isFalse();
        assertThat(matches("T19:56:30", time("2016-11-07T19:56:30"))).isTrue();
        assertThat(matches("T19:56:30", time("2016-11-07T19:56"))).isFalse();
        assertThat(matches("2016-11-07T00:05:00", time("2016-11-07T00:05"))).isTrue();
        assertThat(matches("XXXX-XX-15T08:00", time("2016-11-07T08:00"))).as("the day counts too").isFalse();
    }

    @Test
    void aSpecWithoutTimeOfDayTakesAnyTime() {
        assertThat(matches("2016-11-07", time("2016-11-07T15:00"))).isTrue();
        assertThat(matches("XXXX-WXX-1", time("2016-11-07TEV"))).isTrue();
    }

    @Test
    void partsOfDayByTheirCode() {
        assertThat(matches("TNI", time("2016-11-07TNI"))).isTrue();
        assertThat(matches("TNI", time("2016-11-07TEV"))).isFalse();
        assertThat(matches("TNI", time("2016-11-07T20:00"))).isFalse();
        assertThat(matches("XXXX-WXX-2TMO", time("2016-11-08TMO"))).isTrue();
    }

    @Test
    void anEndAtTheMinuteHoldsItsLastSecond() {
        Timex rest = new Timex(new Span(0, 1), "x", TimexType.TIME, "2016-11-07T16:12/2016-11-07T23:59", "2016-11-07T16:12",
                "2016-11-07T23:59", "publication", null, false, null, null, TimeFields.of(Map.of()));
        assertThat(matches("(2016-11-07T16:12:00,2016-11-07T23:59:59,PT28079S)", rest)).isTrue();
    }

    @Test
    void aStretchByItsEndsWrittenInclusiveOrExclusive() {
        Timex days = new Timex(new Span(0, 1), "x", TimexType.DATE, "2016-11-04/2016-11-22", "2016-11-04T00:00",
                "2016-11-22T23:59", "explicit", null, false, null, null, TimeFields.of(Map.of()));
        assertThat(matches("(2016-11-04,2016-11-22,P18D)", days)).as("inclusive end").isTrue();
        assertThat(matches("(2016-07-01,2016-10-01,P3M)", stretch("2016-07-01T00:00", "2016-09-30T23:59"))).as("exclusive end").isTrue();
        assertThat(matches("(T16,T18,PT2H)", stretch("2016-11-07T16:00", "2016-11-07T18:00"))).isTrue();
        assertThat(matches("(T16,T18,PT2H)", stretch("2016-11-07T16:00", "2016-11-07T17:59"))).isTrue();
        assertThat(matches("(T16,T18,PT2H)", stretch("2016-11-07T16:00", "2016-11-07T19:00"))).isFalse();
        assertThat(matches("(T16,T18,PT2H)", stretch("2016-11-07T15:00", "2016-11-07T18:00"))).isFalse();
        assertThat(matches("XXXX-WXX-5T13,XXXX-WXX-5T16,PT3H", stretch("2017-11-17T13:00", "2017-11-17T16:00")))
                .as("brackets are optional").isTrue();
        assertThat(matches("(2016-11-08,2016-11-10,P2D)", engine(TimexType.DURATION, "P2D", null, null))).isFalse();
    }

    @Test
    void aStretchOfYearsOrMonthsMayEndOnTheFirstDayOfItsLast() {
        Timex years = engine(TimexType.DATE, "2014/2018", "2014-01-01T00:00", "2018-12-31T23:59");
        assertThat(matches("(2014-01-01,2018-01-01,P4Y)", years)).isTrue();
        assertThat(matches("(2014-01-01,2019-01-01,P5Y)", years)).isTrue();
        assertThat(matches("(2014-01-01,2018-06-01,P4Y)", years)).isFalse();
        Timex months = engine(TimexType.DATE, "2017-01/2017-03", "2017-01-01T00:00", "2017-03-31T23:59");
        assertThat(matches("(XXXX-01-01,XXXX-03-01,P2M)", months)).isTrue();
        assertThat(matches("(XXXX-01-01,XXXX-02-01,P1M)", months)).isFalse();
    }

    @Test
    void aStretchFromTheValueWhenThereAreNoBounds() {
        assertThat(matches("(2016-11-04,2016-11-22,P18D)", engine(TimexType.DATE, "2016-11-04/2016-11-22", null, null))).isTrue();
    }

    @Test
    void aPointIsNotAStretch() {
        assertThat(matches("2016-11-04", engine(TimexType.DATE, "2016-11-04/2016-11-22", "2016-11-04T00:00", "2016-11-22T23:59")))
                .isFalse();
    }

    @Test
    void durationsCompareAsAmounts() {
        assertThat(matches("P1W", duration("P7D"))).isTrue();
        assertThat(matches("P1D", duration("PT24H"))).isTrue();
        assertThat(matches("P1Y", duration("P12M"))).isTrue();
        assertThat(matches("PT1.5H", duration("PT90M"))).isTrue();
        assertThat(matches("P3.5Y", duration("P42M"))).isTrue();
        assertThat(matches("P1M", duration("P30D"))).as("a month is not a number of days").isFalse();
        assertThat(matches("PT3H", duration("PT3M"))).isFalse();
        assertThat(matches("P3D", date("2016-11-10"))).isFalse();
    }

    @Test
    void referenceWords() {
        assertThat(matches("PRESENT_REF", time("2016-11-07T16:12"))).isTrue();
        assertThat(matches("PRESENT_REF", time("2016-11-07T16:13"))).isFalse();
        assertThat(matches("PRESENT_REF", time("PRESENT_REF"))).isTrue();
        assertThat(matches("FUTURE_REF", time("FUTURE_REF"))).isTrue();
        assertThat(matches("FUTURE_REF", time("2016-11-07T16:12"))).isFalse();
        assertThat(matches("PAST_REF", time("FUTURE_REF"))).isFalse();
    }

    @Test
    void aSetNeedsASet() {
        assertThat(RecognizersTimex.matches("XXXX-WXX-1", true, date("2016-11-07"), NOW)).as("next Monday is not every Monday").isFalse();
        assertThat(RecognizersTimex.matches("XXXX-WXX-1", true, engine(TimexType.SET, "XXXX-WXX-1", null, null), NOW)).isTrue();
        assertThat(RecognizersTimex.matches("P1D", true, engine(TimexType.SET, "P1D", null, null), NOW)).isTrue();
        assertThat(RecognizersTimex.matches("P1D", true, duration("P1D"), NOW)).isFalse();
    }

    @Test
    void noValueIsNeverRight() {
        assertThat(matches("2016-11-07", engine(TimexType.DATE, null, "2016-11-07T00:00", "2016-11-07T23:59"))).isFalse();
    }

    private static boolean matches(String spec, Timex engine) {
        return RecognizersTimex.matches(spec, false, engine, NOW);
    }

    private static Timex date(String value) {
        return engine(TimexType.DATE, value, null, null);
    }

    private static Timex time(String value) {
        return engine(TimexType.TIME, value, null, null);
    }

    private static Timex duration(String value) {
        return engine(TimexType.DURATION, value, null, null);
    }

    private static Timex stretch(String earliest, String latest) {
        return engine(TimexType.TIME, earliest + "/" + latest, earliest, latest);
    }

    private static Timex engine(TimexType type, String value, String earliest, String latest) {
        return new Timex(new Span(0, 1), "x", type, value, earliest, latest, "explicit", null, false, null, null, TimeFields.of(Map.of()));
    }
}
