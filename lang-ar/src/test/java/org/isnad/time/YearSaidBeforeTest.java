package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.Isnad;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.model.Document;
import org.isnad.pipeline.AnalysedReport;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 (precision review of SaudiNewsNet, seeds 8 and 11): in a report with no publication date
 * and no complete date, a month said alone takes the year the report gave that month before, else a
 * year said just before it in the clause; a year further back, or a month said with two years,
 * dates nothing.
 */
class YearSaidBeforeTest {
    private static final Isnad ENGINE = Isnad.create(new ArabicLanguagePack());

    private static Timex only(String text, String part) {
        AnalysedReport r = ENGINE.analyseReport(Document.of("r", text));
        return r.timexes().stream().filter(t -> t.text().contains(part)).findFirst().orElseThrow();
    }

    @Test
    void aMonthTakesTheYearTheReportGaveItBefore() {
        String text = "سجلت الشركة صافي ربح لشهر يوليو 2015 بلغ ألفي ريال، وبلغت أرباح النشاط لشهر يوليو ألفي ريال. "
                + "وتحدث التقرير عن تفاصيل كثيرة تخص المبيعات والتكاليف والديون والمخزون. ".repeat(3)
                + "وبلغ إجمالي الأصول في 31 يوليو مبلغ 97 مليون ريال.";
        Timex t = only(text, "31 يوليو");
        assertThat(t.value()).isEqualTo("2015-07-31");
        assertThat(t.anchor()).isEqualTo("report");
    }

    @Test
    void aMonthSaidWithTwoYearsDatesNeither() {
        String text = "سجلت الشركة صافي خسارة لشهر يوليو 2015 مقارنا بخسارة لشهر يوليو 2014. "
                + "وتحدث التقرير عن تفاصيل كثيرة تخص المبيعات والتكاليف والديون والمخزون. ".repeat(3)
                + "وبلغ إجمالي الأصول في 31 يوليو مبلغ 43 مليون ريال.";
        assertThat(only(text, "31 يوليو").value()).isEqualTo("XXXX-07-31");
    }

    @Test
    void aHijriMonthTakesTheHijriYearSaidJustBefore() {
        Timex t = only("نفذت الهيئة في عام 1434 ه 209 فعالية وفي عام 1436 ه (حتى شهر رمضان) 260 فعالية.", "رمضان");
        assertThat(t.value()).isEqualTo("2015-06-18/2015-07-16");
    }

    @Test
    void aMonthWithNoYearSaidStaysWithoutOne() {
        assertThat(only("وصل الوفد في يونيو لبحث الاتفاق.", "يونيو").value()).isEqualTo("XXXX-06");
    }

    @Test
    void aYearSaidFarBeforeGivesNone() {
        String far = "وأبرمت الصفقة عام 2014. " + "وتحدث المسؤولون عن تفاصيل كثيرة تخص التمويل والتنفيذ والتشغيل. ".repeat(8)
                + "وسيصل الوفد في يونيو.";
        assertThat(only(far, "يونيو").value()).isEqualTo("XXXX-06");
    }
}
