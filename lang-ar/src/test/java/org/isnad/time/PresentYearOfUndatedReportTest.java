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
 * Issue 6 (precision review of SaudiNewsNet, seeds 25-30: "this year", "last July", "the second
 * half of the year" left without a year in reports fetched on 10-11 August 2015): a report with no
 * publication day but a day it was published by (fetched, last updated) that names that day's year,
 * Gregorian or Hijri, is of that year; weeks, months and years are counted from that day. A day
 * counted ("أمس") is not: a fetch can lag the writing by a day or two.
 */
class PresentYearOfUndatedReportTest {
    private static final Isnad ENGINE = Isnad.create(new ArabicLanguagePack());
    private static final LocalDate FETCHED = LocalDate.of(2015, 8, 11);

    private static AnalysedReport fetched(String text) {
        Publication by = new Publication(null, null, FETCHED, "fetched on " + FETCHED + ", so published on or before that day");
        return ENGINE.analyseReport(Document.of("r", text).withPublication(by));
    }

    private static Timex find(AnalysedReport r, String text) {
        return r.timexes().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aReportNamingTheYearItWasFetchedInIsOfThatYear() {
        AnalysedReport r = fetched("ارتفعت مبيعات المصنع في يونيو 2015 بنسبة طفيفة. وتتوقع الإدارة نموا أكبر خلال النصف الثاني من العام، "
                + "بعد تراجع في العام الماضي، على أن تفتتح فرعها الجديد الشهر المقبل.");
        assertThat(find(r, "النصف الثاني من العام").value()).isEqualTo("2015-H2");
        assertThat(find(r, "العام الماضي").value()).isEqualTo("2014");
        assertThat(find(r, "الشهر المقبل").value()).isEqualTo("2015-09");
        assertThat(find(r, "العام الماضي").anchor()).isEqualTo("report");
    }

    @Test
    void aHijriDateInThatYearBeforeTheFetchCountsToo() {
        AnalysedReport r = fetched("عقدت اللجنة اجتماعها في 20/10/1436هـ لبحث الخطة. وأكد الرئيس أن العمل سيبدأ هذا العام.");
        assertThat(find(r, "هذا العام").value()).isEqualTo("2015");
    }

    @Test
    void aMonthWithoutItsYearIsTheOneNearestTheFetchInTheSentencesDirection() {
        AnalysedReport r = fetched("تراجع التضخم في يوليو 2015 إلى أدنى مستوى. وكان قد سجل ارتفاعا في شهر مارس الماضي، "
                + "ويعقد البنك اجتماعه في 20 من الشهر الجاري.");
        assertThat(find(r, "شهر مارس الماضي").value()).isEqualTo("2015-03");
        assertThat(find(r, "20 من الشهر الجاري").value()).isEqualTo("2015-08-20");
        // Framed by an inferred now, the day is no more sure than it: not "explicit".
        assertThat(find(r, "20 من الشهر الجاري").anchor()).isEqualTo("report");
    }

    @Test
    void aReportNamingOnlyEarlierYearsSaysNothingOfItsAge() {
        AnalysedReport r = fetched("اندلعت الأزمة في 2011 وتفاقمت في 2012. وقال الخبير إن هذا العام كان الأصعب.");
        assertThat(find(r, "هذا العام").value()).isNull();
    }

    @Test
    void aDayCountedFromTheFetchStaysUnresolved() {
        AnalysedReport r = fetched("سجلت الصادرات في يوليو 2015 تراجعا. وقال الوزير أمس إن الأرقام مقلقة.");
        assertThat(find(r, "أمس").value()).isNull();
    }

    @Test
    void aDayAfterTheFetchIsNotTheReportsPresent() {
        // Seed 21: "31 من الشهر الحالي" (a tournament ahead) is not when a quote's "هذا اليوم" is.
        AnalysedReport r = fetched("تنطلق البطولة في 31 أغسطس 2015. وقال اللاعب: «سأواصل اللعب حتى يأتي هذا اليوم».");
        assertThat(find(r, "هذا اليوم").value()).isNull();
    }

    @Test
    void theSameMonthAfterNoMonthToldIsUnresolvedNotThisMonth() {
        // Seed 18: "يوليو", then "أواخر 2009" (a year), then "الشهر نفسه": July, not the fetch month.
        AnalysedReport r = fetched("سجلت الأسعار في يوليو أدنى مستوى منذ أواخر 2009. وهوت الصادرات في الشهر نفسه بنسبة كبيرة خلال 2015.");
        assertThat(find(r, "الشهر نفسه").value()).isNull();
    }

    @Test
    void theFirstMonthsOfAYearNotDatedAreAStretchOfItNotALength() {
        // Held-out seed 33: "الأشهر الستة الأولى من العام" in a report naming no year was P6M.
        AnalysedReport r = fetched("سقط آلاف المدنيين بين قتيل وجريح خلال الأشهر الستة الأولى من العام بسبب أعمال العنف.");
        Timex t = find(r, "الأشهر الستة الأولى من العام");
        assertThat(t.type()).isEqualTo(TimexType.DATE);
        assertThat(t.value()).isNull();
    }
}
