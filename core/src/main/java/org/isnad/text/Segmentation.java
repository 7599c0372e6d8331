package org.isnad.text;

import java.util.List;

/** The segments of a report: sentences, bullets and headlines, their clauses, and reported speech. */
public record Segmentation(List<Segment> sentences, List<Segment> clauses, List<Quote> quotes) {
    public Segmentation {
        sentences = List.copyOf(sentences);
        clauses = List.copyOf(clauses);
        quotes = List.copyOf(quotes);
    }

    public static Segmentation empty() {
        return new Segmentation(List.of(), List.of(), List.of());
    }
}
