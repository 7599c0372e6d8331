package org.isnad.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.model.Publication;

/**
 * Decides a report's publication day from what the reader can see: the metadata's date first, then a
 * date in the URL. The text is not looked at here; a later stage bounds the date from it.
 */
public final class PublicationDates {
    public static final String NONE = "no publication date in metadata or URL";

    private PublicationDates() {
    }

    public static Publication resolve(DateClaim claim, String url) {
        return resolve(claim, url, null);
    }

    /**
     * The same, and when no day is found, the day the report was {@code retrieved} (a crawl time, or
     * null) as the latest it can have been published on.
     */
    public static Publication resolve(DateClaim claim, String url, DateClaim retrieved) {
        Publication found = dated(claim, url);
        if (found.isKnown() || retrieved == null) {
            return found;
        }
        DateReading reading = MetadataDates.read(retrieved.value());
        if (!reading.hasDate()) {
            return Publication.unknown(found.evidence() + "; " + retrieved.source() + " not used: " + reading.note());
        }
        return new Publication(null, null, reading.date(), found.evidence() + "; retrieved " + reading.date() + " (" + retrieved.source()
                + ": " + retrieved.value() + "), so published on or before that day");
    }

    private static Publication dated(DateClaim claim, String url) {
        List<String> notes = new ArrayList<>();
        if (claim != null) {
            DateReading reading = MetadataDates.read(claim.value());
            if (reading.hasDate()) {
                return Publication.on(reading.date(), "from " + claim.source() + ": " + claim.value());
            }
            notes.add(claim.source() + ": " + reading.note());
        }
        if (url != null) {
            Optional<DateReading> reading = UrlDate.find(url);
            if (reading.isPresent() && reading.get().hasDate()) {
                String why = "from the date " + reading.get().fragment() + " in the URL " + url;
                return Publication.on(reading.get().date(),
                        notes.isEmpty() ? why : why + " (" + String.join("; ", notes) + ")");
            }
            reading.ifPresent(failed -> notes.add("URL date " + failed.note()));
        }
        return Publication.unknown(notes.isEmpty() ? NONE : NONE + " that can be used: " + String.join("; ", notes));
    }
}
