package org.isnad.io.internal;

import java.time.LocalDate;

/**
 * The outcome of reading one date: the day, or a note saying why there is none.
 *
 * @param date     the day, null when it could not be told
 * @param fragment the text the date was read from
 * @param note     why there is no date (ambiguous, impossible, not understood); null when there is one
 */
record DateReading(LocalDate date, String fragment, String note) {
    static DateReading of(LocalDate date, String fragment) {
        return new DateReading(date, fragment, null);
    }

    static DateReading failed(String fragment, String note) {
        return new DateReading(null, fragment, note);
    }

    boolean hasDate() {
        return date != null;
    }
}
