package org.isnad.cli;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Span;
import org.isnad.time.Timex;

/**
 * What the engine made of one Recognizers-Text case. An expected expression is found when exactly
 * one engine timex overlaps it by at least half of the two spans' union (in chars of the input):
 * a range the engine splits in two halves is not found, nor is a span the engine only touches. An
 * engine timex that finds no expected expression that way is spurious.
 */
final class RecognizersJudge {
    enum Verdict {
        /** Found, and its value is right. */
        RIGHT("right"),
        /** Found; the spec gives no value to compare (extractor files, "not resolved"). */
        FOUND("found"),
        WRONG_VALUE("wrong value"),
        /** No engine timex overlaps it. */
        MISSED("missed"),
        /** One engine timex overlaps it, by less than half of the union. */
        PARTIAL("partial"),
        /** Several engine timexes overlap it and none finds it alone. */
        SPLIT("split"),
        /** The expected text is nowhere in the input (see {@link SpecSpanLocator}). */
        UNLOCATED("unlocated");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        boolean found() {
            return this == RIGHT || this == FOUND || this == WRONG_VALUE;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One expected expression and what the engine gave for it; {@code valueRight} is null when there is no value to compare. */
    record Judged(RecognizersCase.Expected expected, Timex found, boolean overlapped, Boolean valueRight, Verdict verdict) {
    }

    record Outcome(RecognizersCase c, List<Timex> engine, List<Judged> judged, List<Timex> spurious, String error) {
        boolean perfect() {
            return error == null && spurious.isEmpty() && judged.stream().allMatch(j -> j.verdict() == Verdict.RIGHT || j.verdict() == Verdict.FOUND);
        }
    }

    private RecognizersJudge() {
    }

    /** {@code error}: what the engine threw on the case, null when it ran. */
    static Outcome judge(RecognizersCase c, List<Timex> engine, String error) {
        List<Judged> judged = new ArrayList<>();
        for (RecognizersCase.Expected e : c.expected()) {
            judged.add(judge(c, e, engine));
        }
        List<Timex> spurious = new ArrayList<>();
        for (Timex t : engine) {
            if (c.expected().stream().noneMatch(e -> e.span() != null && halfOfUnion(t.span(), e.span()))) {
                spurious.add(t);
            }
        }
        return new Outcome(c, engine, judged, spurious, error);
    }

    private static Judged judge(RecognizersCase c, RecognizersCase.Expected e, List<Timex> engine) {
        if (e.span() == null) {
            return new Judged(e, null, false, e.hasTimex() ? Boolean.FALSE : null, Verdict.UNLOCATED);
        }
        List<Timex> close = engine.stream().filter(t -> halfOfUnion(t.span(), e.span())).toList();
        long touching = engine.stream().filter(t -> overlap(t.span(), e.span()) > 0).count();
        Boolean noValue = e.hasTimex() ? Boolean.FALSE : null;
        if (close.size() != 1) {
            Verdict v = close.size() > 1 || touching > 1 ? Verdict.SPLIT : touching == 1 ? Verdict.PARTIAL : Verdict.MISSED;
            return new Judged(e, null, touching > 0, noValue, v);
        }
        Timex found = close.get(0);
        if (!e.hasTimex()) {
            return new Judged(e, found, true, null, Verdict.FOUND);
        }
        boolean right = e.timexes().stream().anyMatch(spec -> RecognizersTimex.matches(spec, e.isSet(), found, c.reference()));
        return new Judged(e, found, true, right, right ? Verdict.RIGHT : Verdict.WRONG_VALUE);
    }

    /** |A∩B| ≥ ½·|A∪B|. */
    static boolean halfOfUnion(Span a, Span b) {
        int inter = overlap(a, b);
        int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
        return inter > 0 && 2 * inter >= union;
    }

    static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }
}
