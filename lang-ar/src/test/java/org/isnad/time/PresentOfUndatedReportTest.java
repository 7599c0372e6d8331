package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.Isnad;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.model.Document;
import org.isnad.pipeline.AnalysedReport;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 (precision review of SaudiNewsNet, seeds 7 and 9): in a report with no publication date,
 * "اليوم" counts from the last day the report tells as happening, never from a day it looks ahead
 * to (a deadline moved to, a start "بدءا من"), which the report is written before.
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
