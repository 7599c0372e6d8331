package org.isnad.time;

import java.util.ArrayList;
import java.util.List;

/**
 * "في يناير وأبريل 2015", "في يناير وأبريل من هذا العام", "في شوال وذي القعدة 1436": a complement
 * after months joined by "و" qualifies each of them, so the year the last says is said of those
 * before it too. Each stays its own expression.
 */
final class SharedComplement {
    private final TimeLexicon lexicon;

    SharedComplement(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Chunk> share(String text, List<Chunk> chunks) {
        List<Chunk> out = new ArrayList<>(chunks);
        // From the last back, so that a list ("يناير وفبراير ومارس 2015") passes it along.
        for (int i = out.size() - 2; i >= 0; i--) {
            Chunk a = out.get(i);
            Chunk b = out.get(i + 1);
            if (b.start() - a.end() > 4 || !lexicon.around.andWords.contains(text.substring(a.end(), b.start()).strip())) {
                continue;
            }
            TimeFields shared = shared(a.fields(), b.fields());
            if (shared != null) {
                out.set(i, new Chunk(a.start(), a.end(), a.kind(), shared, a.order(), a.firstEnd(), a.secondStart()));
            }
        }
        return out;
    }

    /**
     * What {@code a} takes from {@code b}, or null: the year, said or counted from now ("من هذا
     * العام"). Not which weekday or month is meant ("المقبلين"): counted from a report's told day
     * rather than its publication, a "next" moves a day the report names a week on.
     */
    private static TimeFields shared(TimeFields a, TimeFields b) {
        if (a.has(Field.REL) || a.has(Field.RELUNIT) || a.has(Field.RELDAY) || a.has(Field.EVENT) || a.has(Field.SET)) {
            return null;
        }
        if (a.has(Field.MONTH) && b.has(Field.MONTH) && !a.has(Field.YEAR)) {
            if (b.has(Field.YEAR)) {
                return a.with(Field.YEAR, b.integer(Field.YEAR));
            }
            return b.has(Field.REL) && "Y".equals(b.get(Field.RELUNIT, String.class))
                    ? a.with(Field.REL, b.integer(Field.REL)).with(Field.RELUNIT, "Y") : null;
        }
        if (a.has(Field.HIJRI_MONTH) && b.has(Field.HIJRI_MONTH) && !a.has(Field.HIJRI_YEAR) && b.has(Field.HIJRI_YEAR)) {
            return a.with(Field.HIJRI_YEAR, b.integer(Field.HIJRI_YEAR));
        }
        return null;
    }
}
