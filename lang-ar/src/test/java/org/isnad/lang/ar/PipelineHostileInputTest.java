package org.isnad.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.isnad.Isnad;
import org.isnad.RunOptions;
import org.isnad.model.Document;
import org.isnad.model.Removal;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.ProgressListener;
import org.isnad.pipeline.Timeline;
import org.isnad.time.Timex;
import org.junit.jupiter.api.Test;

/**
 * Random and hostile text through every per-report stage and the story calendar: no exception,
 * every offset inside the text, clutter and time expressions in order and never overlapping.
 */
class PipelineHostileInputTest {
    private static final Isnad ENGINE = Isnad.create(new ArabicLanguagePack());
    private static final List<String> PIECES = List.of(
            "يوم", "السبت", "الأحد", "7", "2024", "ديسمبر", "كانون الأول", "/", "-", ":", "30", "الساعة", "مساء", "فجر",
            "ليلة", "منتصف الليل", "من", "إلى", "أجّل", "قبل", "بعد", "سقوط", "تلك", "الرحلة", "ب24", "ساعة", "عامًا",
            "غدا", "بكرة", "«", "»", "\"", "قال", ":", "▪️", "•", "\n", "\n\n", "اقرأ أيضاً:", "عاجل", "ړ", "ڼ", "ً", "ـ",
            "\u200f", "\uFEFF", "\uD83D\uDE00", "\uD800", "١٤٤٦هـ", "جمادى الآخرة", "30", "صفر", "1433", "بتوقيت غرينتش",
            "أوائل", "ربيع", "عام", "منذ", "خلال", "يومين", "الماضي", ".", "،", "؟", "!", "(", ")", "نوفمبرتشرين", "x", "F16");

    private static String randomText(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES.get(random.nextInt(PIECES.size())));
            if (random.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static void checkInvariants(AnalysedReport r) {
        int length = r.text().length();
        int last = 0;
        for (Removal rm : r.removed()) {
            assertThat(rm.span().start()).isGreaterThanOrEqualTo(last);
            assertThat(rm.span().end()).isLessThanOrEqualTo(length);
            last = rm.span().end();
        }
        last = 0;
        for (Timex t : r.timexes()) {
            assertThat(t.span().start()).as(t.toString()).isGreaterThanOrEqualTo(last);
            assertThat(t.span().end()).as(t.toString()).isLessThanOrEqualTo(length).isGreaterThan(t.span().start());
            assertThat(t.text()).isEqualTo(t.span().of(r.text()));
            last = t.span().end();
        }
    }

    @Test
    void randomReportsKeepEveryInvariant() {
        Random random = new Random(42);
        for (int round = 0; round < 60; round++) {
            List<Document> docs = List.of(
                    Document.of("a", randomText(random, 80)), Document.of("b", randomText(random, 200)), Document.of("c", randomText(random, 5)));
            Timeline t = ENGINE.analyse(docs, RunOptions.defaults(), ProgressListener.NONE);
            t.reports().forEach(PipelineHostileInputTest::checkInvariants);
        }
    }

    @Test
    void degenerateTexts() {
        for (String text : List.of("", " ", "\n\n\n", "ـــــ", "ً".repeat(500), "▪️".repeat(1000), "7/".repeat(2000),
                "الساعة ".repeat(3000), "\uD800\uDC00".repeat(100), "من 1 إلى ".repeat(500))) {
            Timeline t = ENGINE.analyse(List.of(Document.of("d", text)), RunOptions.defaults(), ProgressListener.NONE);
            checkInvariants(t.reports().get(0));
        }
    }
}
