package org.isnad.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** One-line descriptions of Jackson parse errors (Jackson's own messages span lines and quote the source). */
final class JsonErrors {
    private JsonErrors() {
    }

    static String describe(JsonProcessingException e, boolean withLine) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? ""
                : withLine ? " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                : " at column " + at.getColumnNr();
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        // Jackson names a redacted source inside nested locations; it says nothing to a reader.
        message = message.replaceAll("Source: REDACTED \\([^)]*\\); ", "");
        return "malformed JSON" + where + ": " + message.replaceAll("\\s+", " ").strip();
    }
}
