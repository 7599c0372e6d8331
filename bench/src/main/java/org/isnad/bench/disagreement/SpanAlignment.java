package org.isnad.bench.disagreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Pairs the expressions two engines found in one report. Two expressions are shared when they overlap
 * by at least half of their union; pairs are taken one to one, best overlap first. Every other
 * expression is one engine's only, with the other engine's expression that overlaps it most, if any
 * (a partial overlap).
 */
public final class SpanAlignment {
    /** An expression only one engine found; {@code partner} is the other's most overlapping one, or null. */
    public record Unmatched(FoundTimex timex, FoundTimex partner) {
        public boolean partial() {
            return partner != null;
        }
    }

    /** Two expressions taken for the same one. */
    public record Pair(FoundTimex isnad, FoundTimex other) {
    }

    public record Result(List<Pair> shared, List<Unmatched> isnadOnly, List<Unmatched> otherOnly) {
    }

    private SpanAlignment() {
    }

    public static Result align(List<FoundTimex> isnad, List<FoundTimex> other) {
        List<Pair> candidates = new ArrayList<>();
        for (FoundTimex a : isnad) {
            for (FoundTimex b : other) {
                if (shared(a, b)) {
                    candidates.add(new Pair(a, b));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Pair p) -> -ratio(p.isnad(), p.other()))
                .thenComparing(Pair::isnad).thenComparing(Pair::other));
        Set<FoundTimex> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Pair> shared = new ArrayList<>();
        for (Pair p : candidates) {
            if (!taken.contains(p.isnad()) && !taken.contains(p.other())) {
                taken.add(p.isnad());
                taken.add(p.other());
                shared.add(p);
            }
        }
        shared.sort(Comparator.comparing(Pair::isnad));
        return new Result(shared, unmatched(isnad, other, taken), unmatched(other, isnad, taken));
    }

    /** At least half of the union in common: {@code 2 × overlap ≥ union}. */
    static boolean shared(FoundTimex a, FoundTimex b) {
        int overlap = a.overlap(b);
        return overlap > 0 && 2 * overlap >= a.union(b);
    }

    private static double ratio(FoundTimex a, FoundTimex b) {
        return (double) a.overlap(b) / a.union(b);
    }

    private static List<Unmatched> unmatched(List<FoundTimex> side, List<FoundTimex> opposite, Set<FoundTimex> taken) {
        List<Unmatched> out = new ArrayList<>();
        for (FoundTimex t : side) {
            if (taken.contains(t)) {
                continue;
            }
            FoundTimex partner = null;
            for (FoundTimex o : opposite) {
                if (o.overlap(t) > 0 && (partner == null || o.overlap(t) > partner.overlap(t))) {
                    partner = o;
                }
            }
            out.add(new Unmatched(t, partner));
        }
        out.sort(Comparator.comparing(Unmatched::timex));
        return out;
    }
}
