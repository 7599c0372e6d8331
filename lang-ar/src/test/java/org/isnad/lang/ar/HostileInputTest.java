package org.isnad.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.isnad.model.Span;
import org.isnad.text.NormalisedText;
import org.isnad.text.Normaliser;
import org.isnad.text.Quote;
import org.isnad.text.Segment;
import org.isnad.text.Segmentation;
import org.isnad.text.Segmenter;
import org.junit.jupiter.api.Test;

/** Random and hostile texts: no exception, offsets in bounds and in order. */
class HostileInputTest {
    private static final ArabicLanguagePack PACK = new ArabicLanguagePack();
    private static final Normaliser NORMALISER = new Normaliser(PACK);
    private static final Segmenter SEGMENTER = new Segmenter(PACK);
    /** Chars the stages react to, so random texts hit the interesting paths often. */
    private static final String SPECIAL = "«»“”\"'‹›.!?؟…،؛;,:\n\r \t▪️•●-*–ـًٌٍَُِّْ٠٩۰۹٫٬ﻻﷲﹰ\u200B\u200F\u202E\u2066\uFEFF\u00AD"
            + "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئړڼېټٻڪیکہۃھۀڈڑںۓ0123456789قالليلناديسمبركانون";

    @Test
    void fixedHostileTexts() {
        List<String> texts = List.of("", " ", "\n\n\n", "ًٌٍَُِّْ", "ـــــ", "\u200F\u200E\u202E", "▪️".repeat(5000),
                "«".repeat(3000) + "»".repeat(10), "\"".repeat(4001), "قال لي", "قال: «", "مصدر:",
                "\uD83D\uDE00\uD83D", "\uDE00نوفمبرتشرين\uD83D", "ب".repeat(10000) + "24", "- \n* \n–", ". . . ؟",
                "ﷺ".repeat(100), "نوفمبر".repeat(50), "وقال «" + "أ".repeat(50000));
        for (String t : texts) {
            check(t);
        }
    }

    @Test
    void seededRandomTexts() {
        Random random = new Random(20241208L);
        for (int round = 0; round < 400; round++) {
            int len = random.nextInt(400);
            StringBuilder sb = new StringBuilder(len);
            for (int i = 0; i < len; i++) {
                int pick = random.nextInt(10);
                if (pick < 6) {
                    sb.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
                } else if (pick < 9) {
                    sb.append((char) random.nextInt(0x10000));
                } else {
                    sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
                }
            }
            check(sb.toString());
        }
    }

    private static void check(String t) {
        NormalisedText n = NORMALISER.normalise(t);
        int previous = 0;
        for (int i = 0; i <= n.text().length(); i++) {
            int o = n.originalIndex(i);
            assertThat(o).isBetween(previous, t.length());
            previous = o;
        }
        assertThat(n.originalIndex(n.text().length())).isEqualTo(t.length());
        Segmentation s = SEGMENTER.segment(t, n);
        int end = 0;
        for (Segment seg : s.sentences()) {
            inBounds(seg.span(), t);
            assertThat(seg.span().start()).as("sentences sorted, not overlapping").isGreaterThanOrEqualTo(end);
            assertThat(seg.span().length()).isPositive();
            end = seg.span().end();
        }
        for (Segment c : s.clauses()) {
            inBounds(c.span(), t);
            assertThat(s.sentences()).anyMatch(seg -> seg.span().contains(c.span()));
        }
        Span last = null;
        for (Quote q : s.quotes()) {
            inBounds(q.span(), t);
            if (q.speaker() != null) {
                inBounds(q.speaker(), t);
            }
            if (last != null) {
                assertThat(q.span().compareTo(last)).isGreaterThanOrEqualTo(0);
            }
            last = q.span();
        }
        // Without the caller's normalised view too.
        SEGMENTER.segment(t, null);
    }

    private static void inBounds(Span s, String t) {
        assertThat(s.start()).isBetween(0, t.length());
        assertThat(s.end()).isBetween(s.start(), t.length());
    }
}
