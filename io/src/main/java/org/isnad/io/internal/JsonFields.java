package org.isnad.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the report fields shared by JSON records and sidecars, with their common aliases. Values of an
 * unexpected type are ignored rather than guessed at.
 */
final class JsonFields {
    static final String[] TEXT_FIELDS = {"text", "content"};
    static final String[] DATE_FIELDS = {"published", "date", "date_published", "datePublished"};
    /** When the record was fetched (SaudiNewsNet's date_extracted is its crawl time): an upper bound. */
    static final String[] RETRIEVED_FIELDS = {"retrieved", "date_retrieved", "crawled", "crawled_at", "date_extracted", "scraped_at", "fetched_at"};

    private JsonFields() {
    }

    /**
     * @param origin where the object came from, for date evidence, e.g. {@code sidecar a.meta.json}
     */
    static ReportMetadata metadata(JsonNode object, String origin) {
        return new ReportMetadata(
                scalar(object.get("id")),
                string(object, "url"),
                string(object, "title"),
                names(object.get("author")),
                publisher(object),
                relays(object.get("relays")),
                firstString(object, "language", "lang"),
                date(object, origin, DATE_FIELDS),
                date(object, origin, RETRIEVED_FIELDS));
    }

    /** The first of the named fields that holds a non-blank string. */
    static String firstString(JsonNode object, String... names) {
        for (String name : names) {
            String value = string(object, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static String string(JsonNode object, String name) {
        JsonNode node = object.get(name);
        return node != null && node.isTextual() ? nonBlank(node.asText()) : null;
    }

    static String nonBlank(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Ids may be written as numbers; both forms name the record. */
    private static String scalar(JsonNode node) {
        return node != null && (node.isTextual() || node.isNumber()) ? nonBlank(node.asText()) : null;
    }

    /** "Name", {"name": "Name"} (JSON-LD style) or a list of either, joined. */
    static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return nonBlank(node.asText());
        }
        if (node.isObject()) {
            return string(node, "name");
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode element : node) {
                String name = element.isTextual() ? nonBlank(element.asText())
                        : element.isObject() ? string(element, "name") : null;
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    /** {@code publisher} as a name or {"name": …}; {@code source} only as a plain string (it often means something else). */
    private static String publisher(JsonNode object) {
        JsonNode publisher = object.get("publisher");
        String name = publisher != null && (publisher.isTextual() || publisher.isObject()) ? names(publisher) : null;
        return name != null ? name : string(object, "source");
    }

    private static List<String> relays(JsonNode node) {
        List<String> relays = new ArrayList<>();
        if (node == null) {
            return relays;
        }
        if (node.isTextual() && nonBlank(node.asText()) != null) {
            relays.add(nonBlank(node.asText()));
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                String relay = element.isTextual() ? nonBlank(element.asText()) : null;
                if (relay != null) {
                    relays.add(relay);
                }
            }
        }
        return relays;
    }

    private static DateClaim date(JsonNode object, String origin, String[] fields) {
        for (String name : fields) {
            String value = string(object, name);
            if (value != null) {
                return new DateClaim(value, origin + " field " + name);
            }
        }
        return null;
    }
}
