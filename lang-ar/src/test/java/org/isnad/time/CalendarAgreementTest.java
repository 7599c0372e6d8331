package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.isnad.Isnad;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.model.Document;
import org.isnad.model.Publication;
import org.isnad.pipeline.AnalysedReport;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, item 8 (held-out review, seed 31: "ابتداء من الاثنين 25 من شوال" and "من 2 إلى 5 ذي
 * القعدة الموافق 17-20 أغسطس" left without a year in reports fetched on 10-11 August 2015): a day said
 * with its weekday, or in both calendars, has its year pinned near the day the report was published by.
 */
class CalendarAgreementTest {
    private static final Isnad ENGINE = Isnad.create(new ArabicLanguagePack());
    private static final LocalDate FETCHED = LocalDate.of(2015, 8, 10);

    private static Timex only(String text, LocalDate by) {
        Publication p = new Publication(null, null, by, "fetched on " + by + ", so published on or before that day");
        AnalysedReport r = ENGINE.analyseReport(Document.of("r", text).withPublication(p));
        assertThat(r.timexes()).hasSize(1);
        return r.timexes().get(0);
    }

    @Test
    void aHijriDateWithItsWeekdayIsInTheOnlyNearbyYearThatPutsItThere() {
        // 25 Shawwal 1436 was Monday 10 August 2015; in 1435 and 1437 it fell on other days.
        Timex t = only("تبدأ المقابلات يوم الاثنين 25 من شوال في مقر الغرفة.", FETCHED);
        assertThat(t.value()).isEqualTo("2015-08-10");
        assertThat(t.anchor()).isEqualTo("report");
    }

    @Test
    void aSightingADayOffTheTablesIsReadFromTheWeekday() {
        // 15 Ramadan 1436 is Thursday 2 July 2015 in Umm al-Qura; a Friday is the day after.
        assertThat(only("وصل الوفد مساء الجمعة 15 رمضان إلى المدينة.", FETCHED).value()).isEqualTo("2015-07-03TEV");
    }

    @Test
    void aGregorianDateWithItsWeekdayTooWhenTheReportNamesNoYear() {
        assertThat(only("وصل الوفد يوم الاثنين 10 أغسطس إلى المدينة.", FETCHED).value()).isEqualTo("2015-08-10");
        // Within half a year of the fetch, 10 August is 2015's, a Monday: a Tuesday 10 August is a slip, no year.
        assertThat(only("وصل الوفد يوم الثلاثاء 10 أغسطس إلى المدينة.", FETCHED).value()).isEqualTo("XXXX-08-10");
    }

    @Test
    void aHijriDateGlossedInGregorianPinsTheYearOfBoth() {
        Timex t = only("تقام البطولة من 2 إلى 5 ذي القعدة الموافق 17-20 أغسطس في جدة.", FETCHED);
        assertThat(t.value()).isEqualTo("2015-08-17/2015-08-20");
    }

    @Test
    void theArithmetic() {
        LocalDate pivot = LocalDate.of(2015, 8, 10);
        assertThat(CalendarAgreement.gregorianYearOfWeekday(8, 10, 1, pivot)).isEqualTo(2015);
        // A Sunday 10 August was in 2014, a year back: out of reach, as a slip of the weekday more likely is.
        assertThat(CalendarAgreement.gregorianYearOfWeekday(8, 10, 7, pivot)).isNull();
        assertThat(CalendarAgreement.gregorianYearOfWeekday(1, 20, 3, pivot)).isEqualTo(2016);
        assertThat(CalendarAgreement.hijriDayOfWeekday(10, 25, 1, pivot)).isEqualTo(LocalDate.of(2015, 8, 10));
        // 1 Muharram 1437 = 14 October 2015; 33 years before, 1 Muharram 1403 = 19 October 1982.
        assertThat(CalendarAgreement.yearOfGloss(1, 1, 10, 14, pivot)).isEqualTo(2015);
        assertThat(CalendarAgreement.yearOfGloss(1, 1, 3, 1, pivot)).isNull();
    }
}
