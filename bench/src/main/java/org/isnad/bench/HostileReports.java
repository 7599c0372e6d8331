package org.isnad.bench;

import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Reports of hostile shapes for the bench's hostile part (issue 6), generated from the few words
 * this class holds, never from a corpus: one long line full of teaser cues, one without any
 * punctuation, cues and quotes packed together, a quote around everything, a page of
 * related-article blocks. Each is a stage's worst case when it scans the rest of a line or of the
 * report per cue, quote or date. The same shape and size always give the same text.
 */
public final class HostileReports {
    /** Ordinary news words, written for this bench. */
    private static final List<String> WORDS = List.of(
            "الحكومة", "المدينة", "الطريق", "المستشفى", "السكان", "الوزارة", "المجلس", "البلدية", "المشروع", "الجسر",
            "المدرسة", "الميناء", "المطار", "الشركة", "العمال", "الأطباء", "الطلاب", "اللجنة", "الشرطة", "المحطة",
            "افتتاح", "إغلاق", "بناء", "صيانة", "توسيع", "نقل", "زيارة", "اجتماع", "تقرير", "خطة",
            "جديد", "كبير", "قديم", "الشمالي", "الجنوبي", "الرئيسي", "في", "من", "إلى", "على", "بعد", "مع", "عن");
    private static final List<String> TIMES = List.of(
            "أمس", "اليوم", "مساء", "صباح الأحد", "يوم السبت", "الأسبوع المقبل", "7 ديسمبر 2024", "الساعة 6 مساء");
    private static final List<String> VERBS = List.of("قال", "وأضاف", "وأكد");
    private static final String CUE = "اقرأ أيضًا:";
    private static final String HEADER = "مقالات ذات صلة";

    /** One shape: its name, what it is, and how its text goes on piece by piece. */
    public enum Shape {
        CUE_LINE("cue-line", "one line, a teaser cue (" + CUE + ") every few words, a full stop now and then", (r, sb) -> {
            words(r, sb, 2 + r.nextInt(5));
            sb.append(r.nextInt(4) == 0 ? ". " : " ").append(CUE).append(' ');
        }),
        NO_PUNCTUATION("no-punct", "one line without any punctuation: words, speech verbs and time words", (r, sb) -> {
            words(r, sb, 3 + r.nextInt(6));
            sb.append(r.nextBoolean() ? pick(r, TIMES) : pick(r, VERBS)).append(' ');
        }),
        CUE_QUOTES("cue-quotes", "one line, a teaser cue every dozen words, between them quotes, speech verbs and time words", (r, sb) -> {
            sb.append(CUE).append(' ');
            words(r, sb, 1 + r.nextInt(3));
            sb.setCharAt(sb.length() - 1, '.');
            sb.append(' ');
            words(r, sb, 1 + r.nextInt(3));
            sb.append(pick(r, VERBS)).append(" «");
            words(r, sb, 1 + r.nextInt(3));
            sb.append(pick(r, TIMES)).append("» و\"");
            words(r, sb, 1 + r.nextInt(2));
            sb.setCharAt(sb.length() - 1, '"');
            sb.append(' ');
        }),
        QUOTE_AROUND_ALL("quote-around-all",
                "one quote around the whole report, a quote mark and a time word every few words, no speech verb", (r, sb) -> {
            sb.append('«');
            words(r, sb, 1 + r.nextInt(3));
            sb.append("» ").append(pick(r, TIMES)).append(r.nextBoolean() ? " «" + pick(r, TIMES) + "» " : " ");
        }),
        TITLE_BLOCKS("title-blocks", "many short lines: blocks of related-article titles under their header", (r, sb) -> {
            sb.append(HEADER).append('\n');
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                words(r, sb, 2 + r.nextInt(4));
                sb.setCharAt(sb.length() - 1, '\n');
            }
        });

        private final String label;
        private final String description;
        private final BiConsumer<Random, StringBuilder> piece;

        Shape(String label, String description, BiConsumer<Random, StringBuilder> piece) {
            this.label = label;
            this.description = description;
            this.piece = piece;
        }

        public String label() {
            return label;
        }

        public String description() {
            return description;
        }

        /** The report of this shape with exactly {@code chars} UTF-16 units (a closing quote mark last for the quoted one). */
        public String text(int chars) {
            Random random = new Random(6 + ordinal());
            StringBuilder sb = new StringBuilder(chars + 200);
            if (this == QUOTE_AROUND_ALL) {
                sb.append('«');
            }
            while (sb.length() < chars) {
                piece.accept(random, sb);
            }
            sb.setLength(chars);
            if (this == QUOTE_AROUND_ALL && chars > 0) {
                sb.setCharAt(chars - 1, '»');
            }
            return sb.toString();
        }
    }

    private HostileReports() {
    }

    private static void words(Random r, StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(pick(r, WORDS)).append(' ');
        }
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
