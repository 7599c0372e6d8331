package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.Isnad;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.model.Document;
import org.isnad.pipeline.AnalysedReport;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 (precision review of SaudiNewsNet, seeds 7, 9 and 15): in a report with no publication
 * date, "اليوم/أمس" count from the day its opening names (a dateline's), never from a day it looks
 * ahead to (a deadline moved to, a start "بدءا من"), nor from a background date the body tells; with
 * no such day, and no story other reports tell, they stay unresolved.
 */
class PresentOfUndatedReportTest {
    private static final Isnad ENGINE = Isnad.create(new ArabicLanguagePack());

    private static Timex today(String text) {
        AnalysedReport r = ENGINE.analyseReport(Document.of("r", text));
        return r.timexes().stream().filter(t -> t.text().equals("اليوم")).findFirst().orElseThrow();
    }

    @Test
    void aDayToldAsHappeningIsToday() {
        Timex t = today("وقع الانفجار في 5 أغسطس 2015. وقال المتحدث اليوم إن التحقيق مستمر.");
        assertThat(t.value()).isEqualTo("2015-08-05");
        assertThat(t.anchor()).isEqualTo("report");
    }

    @Test
    void aBackgroundDateInTheBodyIsNotToday() {
        String text = "نوه مجلس الوزراء بعمق العلاقات التاريخية التي تربط المملكة بالأردن، وتطرق إلى ما دار في اجتماعات سابقة. "
                + "ورحب المجلس بنتائج قمة كامب ديفيد في 14 مايو 2015. وأوضح الوزير عقب جلسة المجلس أمس أن المجلس أشاد بالجهود.";
        AnalysedReport r = ENGINE.analyseReport(Document.of("r", text));
        Timex yesterday = r.timexes().stream().filter(t -> t.text().equals("أمس")).findFirst().orElseThrow();
        assertThat(yesterday.value()).isNull();
    }

    @Test
    void aDayWordWithItsWeekdayKeepsTheWeekdayAndTheHour() {
        String text = "أعلن الاتحاد أن المباراة النهائية للبطولة تقام غدا الأربعاء الساعة التاسعة مساء على ملعب المدينة.";
        AnalysedReport r = ENGINE.analyseReport(Document.of("r", text));
        Timex t = r.timexes().stream().filter(x -> x.text().startsWith("غدا")).findFirst().orElseThrow();
        assertThat(t.value()).isEqualTo("XXXX-WXX-3T21:00");
    }

    @Test
    void theYearTheReportCallsItsOwnDatesThisYearAndLastYear() {
        String text = "بلغت أرباح الشركة هذا العام 2015 نحو مليار ريال. وتعاقدت المؤسسة منذ بداية هذا العام على مليوني طن، مقارنة بالعام الماضي.";
        AnalysedReport r = ENGINE.analyseReport(Document.of("r", text));
        assertThat(r.timexes().stream().filter(t -> t.text().contains("بداية هذا العام")).findFirst().orElseThrow().value()).isEqualTo("2015");
        assertThat(r.timexes().stream().filter(t -> t.text().equals("العام الماضي")).findFirst().orElseThrow().value()).isEqualTo("2014");
    }

    @Test
    void aMonthOfThisYearTakesTheYearTheReportCallsItsOwn() {
        // Issue 6, seed 30: "نوفمبر من هذا العام" in a report that opens with "هذا العام 2015".
        String text = "تسلمت المطاحن هذا العام 2015 دفعتين من القمح، وتصل الثالثة في نوفمبر من هذا العام.";
        AnalysedReport r = ENGINE.analyseReport(Document.of("r", text));
        assertThat(r.timexes().stream().filter(t -> t.text().startsWith("نوفمبر")).findFirst().orElseThrow().value()).isEqualTo("2015-11");
        AnalysedReport alone = ENGINE.analyseReport(Document.of("r", "وتصل الثالثة في نوفمبر من هذا العام."));
        assertThat(alone.timexes().get(0).value()).isNull();
    }

    @Test
    void aDeadlineMovedToIsNotToday() {
        assertThat(today("وقد تم تأجيل آخر موعد لتقديم الطلبات إلى 10 ديسمبر 2015. ودعت الهيئة في بيان لها اليوم جميع الشركات إلى التقديم.")
                .value()).isNull();
    }

    @Test
    void aStartLookedAheadToIsNotToday() {
        assertThat(today("ويبدأ استقبال الحجوزات بدءا من 15 أكتوبر 2015. وأوضح المتحدث في تصريح له اليوم أن الطلبات آلية.")
                .value()).isNull();
    }
}
