package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.Isnad;
import org.isnad.RunOptions;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.model.Document;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.ProgressListener;
import org.isnad.pipeline.Timeline;
import org.junit.jupiter.api.Test;

/** Issue 3: what one report leaves open, the run's story calendar settles. */
class StoryCalendarTest {
    private static final Isnad ENGINE = Isnad.create(new ArabicLanguagePack());

    private static final String DATED = "فرضت السلطات في دمشق حظر التجول مساء السبت 7 ديسمبر 2024.\n"
            + "ورفع الحظر صباح الأحد 8 ديسمبر 2024 بعد ليلة هادئة.";
    private static final String UNDATED = "قال شاهد من حمص إن الحظر بدأ مساء السبت، وإنه عاد إلى بيته حوالي منتصف الليل.\n"
            + "وأضاف أن الشوارع كانت هادئة في 28 نوفمبر.\n"
            + "وقال الشاهد: «سنخرج غدا إلى السوق».";

    private static Timex find(AnalysedReport r, String text) {
        return r.timexes().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no timex '" + text + "' in " + r.timexes()));
    }

    private static Timeline run(String... texts) {
        List<Document> docs = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            docs.add(Document.of("r" + i, texts[i]));
        }
        return ENGINE.analyse(docs, RunOptions.defaults(), ProgressListener.NONE);
    }

    @Test
    void aReportWithoutYearsTakesThemFromTheStory() {
        Timeline t = run(DATED, UNDATED);
        assertThat(t.story().earliest()).isEqualTo(LocalDate.of(2024, 12, 7));
        assertThat(t.story().latest()).isEqualTo(LocalDate.of(2024, 12, 8));
        AnalysedReport undated = t.reports().get(1);
        assertThat(find(undated, "مساء السبت").value()).isEqualTo("2024-12-07TEV");
        assertThat(find(undated, "مساء السبت").anchor()).isEqualTo("story");
        assertThat(find(undated, "28 نوفمبر").value()).isEqualTo("2024-11-28");
        assertThat(find(undated, "حوالي منتصف الليل").value()).isEqualTo("2024-12-08T00:00");
        assertThat(find(undated, "حوالي منتصف الليل").mod()).isEqualTo("APPROX");
    }

    @Test
    void tomorrowInAQuoteCountsFromWhenTheSpeakerSpoke() {
        Timex tomorrow = find(run(DATED, UNDATED).reports().get(1), "غدا");
        assertThat(tomorrow.quote()).isTrue();
        assertThat(tomorrow.anchor()).isEqualTo("quote");
        assertThat(tomorrow.value()).isEqualTo("2024-11-29");
    }

    @Test
    void alonePerReportTheSameWeekdayStaysOpen() {
        AnalysedReport alone = run(UNDATED).reports().get(0);
        assertThat(find(alone, "مساء السبت").anchor()).isEqualTo("unresolved");
    }

    @Test
    void theRunsZoneComesFromItsPlaces() {
        assertThat(run(DATED, UNDATED).timezone()).isEqualTo("+03:00");
        assertThat(ENGINE.analyse(List.of(Document.of("x", DATED)), new RunOptions("+01:00"), ProgressListener.NONE).timezone())
                .isEqualTo("+01:00");
    }

    @Test
    void aTimeAfterThatEventCountsFromTheEventsDate() {
        AnalysedReport r = run("وصل الوفد إلى القاهرة في 3 مارس 2025.\nوبعد يومين من تلك الزيارة وقع الطرفان الاتفاق.").reports().get(0);
        Timex after = find(r, "بعد يومين من تلك الزيارة");
        assertThat(after.value()).isEqualTo("2025-03-05");
        assertThat(after.relativeTo()).isEqualTo("تلك الزيارة");
    }

    @Test
    void aDateLineGivesThePublicationThatYesterdayCountsFrom() {
        AnalysedReport r = run("نشر في: 14 يونيو 2024\nقال وزير الزراعة أمس إن موسم الحصاد بدأ مبكرا.").reports().get(0);
        assertThat(r.document().publication().published()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(r.document().publication().evidence()).contains("نشر في");
        Timex yesterday = find(r, "أمس");
        assertThat(yesterday.value()).isEqualTo("2024-06-13");
        assertThat(yesterday.anchor()).isEqualTo("publication");
    }

    @Test
    void anUpdateLineBoundsThePublicationFromAbove() {
        AnalysedReport r = run("آخر تحديث: 15 يونيو 2024 - 10:30\nبدأ موسم الحصاد في 10 يونيو 2024.").reports().get(0);
        assertThat(r.document().publication().published()).isNull();
        assertThat(r.document().publication().latest()).isEqualTo(LocalDate.of(2024, 6, 15));
        assertThat(r.document().publication().earliest()).isEqualTo(LocalDate.of(2024, 6, 10));
    }

    @Test
    void aSentenceThatOpensWithADateIsNoDateLine() {
        AnalysedReport r = run("في 3 مارس 2025 وصل الوفد إلى القاهرة وبدأ محادثات مطولة مع المسؤولين.").reports().get(0);
        assertThat(r.document().publication().published()).isNull();
    }

    @Test
    void aReportWithoutPublicationDateIsBoundedByTheDaysItTells() {
        AnalysedReport r = run(DATED).reports().get(0);
        assertThat(r.document().publication().earliest()).isEqualTo(LocalDate.of(2024, 12, 8));
        assertThat(r.document().publication().evidence()).contains("2024-12-08");
    }
}
