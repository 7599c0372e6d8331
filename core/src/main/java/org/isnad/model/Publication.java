package org.isnad.model;

import java.time.LocalDate;

/**
 * When a report was published: the day when known, else bounds, always with the evidence.
 * Unknown values are {@code null}, never invented.
 */
public record Publication(LocalDate published, LocalDate earliest, LocalDate latest, String evidence) {
    public static Publication unknown(String evidence) {
        return new Publication(null, null, null, evidence);
    }

    public static Publication on(LocalDate day, String evidence) {
        return new Publication(day, null, null, evidence);
    }

    public boolean isKnown() {
        return published != null;
    }
}
