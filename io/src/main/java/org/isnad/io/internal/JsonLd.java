package org.isnad.io.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The objects of a page's JSON-LD blocks ({@code <script type="application/ld+json">}), flattened out of
 * arrays and {@code @graph}s. Broken blocks are common on news sites and are skipped: they are hints,
 * not the report.
 */
final class JsonLd {
    /** Enough for any real page; stops a hostile one from making us walk forever. */
    private static final int MAX_OBJECTS = 200;

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document page, ObjectMapper json) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(json.readTree(script.data()), objects);
            } catch (JsonProcessingException e) {
                // skipped on purpose, see class comment
            }
        }
        return new JsonLd(objects);
    }

    /** The first string value that an object states for the field (objects with {"name"} give their name). */
    String first(String field) {
        for (JsonNode object : objects) {
            String value = JsonFields.names(object.get(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static void collect(JsonNode root, List<JsonNode> objects) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        if (root != null) {
            pending.add(root);
        }
        while (!pending.isEmpty() && objects.size() < MAX_OBJECTS) {
            JsonNode node = pending.removeFirst();
            if (node.isArray()) {
                node.forEach(pending::add);
            } else if (node.isObject()) {
                objects.add(node);
                JsonNode graph = node.get("@graph");
                if (graph != null) {
                    pending.add(graph);
                }
            }
        }
    }
}
