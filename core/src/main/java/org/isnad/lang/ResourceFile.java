package org.isnad.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language resource: a header of {@code #} lines (format, source, licence and
 * {@code # example: input => expected} lines) and one entry per line, fields separated by tabs.
 * The engine only interprets these files; the knowledge lives in them.
 */
public final class ResourceFile {
    private static final Pattern EXAMPLE = Pattern.compile("^#\\s*example:\\s*(?<input>.*?)\\s+=>\\s*(?<expected>.*)$");
    private static final Pattern HEADER_FIELD = Pattern.compile("^#\\s*(?<key>format|source|licence|license):\\s*(?<value>.*)$");

    /** One entry line with its 1-based line number, for error messages. */
    public record Entry(int line, List<String> fields) {
        public String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    /** A worked example from the header, run by a test. */
    public record Example(int line, String input, String expected) {
    }

    private final String name;
    private final String format;
    private final String source;
    private final List<Entry> entries;
    private final List<Example> examples;

    private ResourceFile(String name, String format, String source, List<Entry> entries, List<Example> examples) {
        this.name = name;
        this.format = format;
        this.source = source;
        this.entries = List.copyOf(entries);
        this.examples = List.copyOf(examples);
    }

    /**
     * Parses a resource's lines. A file without a {@code # format:} and a {@code # source:} header
     * is refused, so that nobody has to guess what a file means or where it came from.
     */
    public static ResourceFile parse(String name, List<String> lines) {
        Objects.requireNonNull(name);
        String format = null;
        String source = null;
        List<Entry> entries = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                Matcher ex = EXAMPLE.matcher(line);
                if (ex.matches()) {
                    examples.add(new Example(i + 1, ex.group("input"), ex.group("expected")));
                    continue;
                }
                Matcher h = HEADER_FIELD.matcher(line);
                if (h.matches()) {
                    if (h.group("key").equals("format")) {
                        format = h.group("value");
                    } else if (h.group("key").equals("source")) {
                        source = h.group("value");
                    }
                }
                continue;
            }
            entries.add(new Entry(i + 1, List.of(line.split("\t", -1))));
        }
        if (format == null || source == null) {
            throw new ResourceFormatException(name, 1, "missing '# format:' or '# source:' header");
        }
        return new ResourceFile(name, format, source, entries, examples);
    }

    public String name() {
        return name;
    }

    public String format() {
        return format;
    }

    public String source() {
        return source;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Example> examples() {
        return examples;
    }

    /** An error about one entry of this file, naming the file and line. */
    public ResourceFormatException error(Entry entry, String message) {
        return new ResourceFormatException(name, entry.line(), message);
    }
}
