package org.isnad.time;

/**
 * Two lengths of time that are the ends of one range ("بين 20 يوما و3 أشهر", "من 3 أشهر حتى 6 أشهر",
 * "ما بين ستة أشهر إلى تسعة أشهر"): one length whose count is not known but bounded, in the largest
 * unit both ends break into (PXD with the bounds 20 and 90), as "بين 3 و5 سنوات" is PXY from 3 to 5.
 */
final class LengthRanges {
    private LengthRanges() {
    }

    /** The range from {@code a} to {@code b} starting at {@code start}, or null when they are not two plain lengths. */
    static Chunk of(Chunk a, Chunk b, int start) {
        // The far end may hold the range's own "حتى", read as its bound ("بين 20 يوما حتى 3 أشهر").
        TimeFields far = "ON_OR_BEFORE".equals(b.fields().get(Field.MOD, String.class)) ? b.fields().with(Field.MOD, null) : b.fields();
        if (!plainLength(a.kind(), a.fields()) || !plainLength(b.kind(), far)) {
            return null;
        }
        TimeFields fa = a.fields();
        TimeFields fb = far;
        TimexValues.Lengths one = TimexValues.inOneUnit(fa.integer(Field.COUNT), fa.get(Field.UNIT, String.class),
                fb.integer(Field.COUNT), fb.get(Field.UNIT, String.class));
        // The ends of a range rise ("من أسبوع إلى 3 أيام" is no range), and counts stay of a size a text says.
        if (one == null || one.first() >= one.second() || one.second() > Integer.MAX_VALUE) {
            return null;
        }
        TimeFields f = TimeFields.of(java.util.Map.of(Field.UNIT, one.unit(), Field.SOME, new int[] {(int) one.first(), (int) one.second()}));
        return new Chunk(start, b.end(), TimePattern.Kind.DURATION, f, a.order(), -1, -1);
    }

    /** A count of one unit and nothing else: no sum, no bound, no event, not counted from now. */
    private static boolean plainLength(TimePattern.Kind kind, TimeFields f) {
        return kind == TimePattern.Kind.DURATION && f.onlyAmong(Field.COUNT, Field.UNIT) && f.has(Field.COUNT);
    }
}
