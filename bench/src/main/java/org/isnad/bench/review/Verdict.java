package org.isnad.bench.review;

import java.util.Objects;

/**
 * A reviewer's judgement of one timex, as a line of a verdicts file.
 *
 * @param value  the value the engine gave when it was judged, null when it gave none
 * @param error  for a wrong timex, what is wrong; null for a right one
 * @param state  for a wrong timex, whether the engine still gives it; null for a right one
 * @param reason short, in English, quoting no article text
 * @param line   the line of the verdicts file, for messages
 */
public record Verdict(String recordId, int start, int end, String value, boolean right, Error error, State state,
                      String reason, int line) {
    /** How a value the engine did not give is written. */
    public static final String NO_VALUE = "null";

    public enum Error {
        /** Not a time expression at all (a quantity, a name, an ordinal, an age, a score…): wrong whatever its value. */
        NOT_TIME("not-time"),
        /** A time expression cut at the wrong places (a neighbour's word taken in, half of it left out): wrong whatever its value. */
        EXTENT("extent"),
        /** A time expression with a wrong value: wrong only with the value recorded. */
        VALUE("value");

        private final String cell;

        Error(String cell) {
            this.cell = cell;
        }

        /** The error a file's cell names; null for {@code -}. */
        static Error ofCell(String cell) {
            for (Error e : values()) {
                if (e.cell.equals(cell)) {
                    return e;
                }
            }
            return null;
        }
    }

    public enum State {
        /** The engine still gives the wrong timex: counted, tolerated. */
        OPEN("open"),
        /** The engine no longer gives it: it must not come back. */
        FIXED("fixed");

        private final String cell;

        State(String cell) {
            this.cell = cell;
        }

        /** The state a file's cell names; null for {@code -}. */
        static State ofCell(String cell) {
            for (State st : values()) {
                if (st.cell.equals(cell)) {
                    return st;
                }
            }
            return null;
        }
    }

    public Verdict {
        Objects.requireNonNull(recordId, "recordId");
        if (right != (error == null) || right != (state == null)) {
            throw new IllegalArgumentException("a right verdict has no error and no state; a wrong one has both");
        }
    }

    public static String valueCell(String value) {
        return value == null ? NO_VALUE : value;
    }

    public String where() {
        return "line " + line + " (" + recordId + " [" + start + "," + end + ") " + valueCell(value) + ")";
    }
}
