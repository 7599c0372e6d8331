package org.isnad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated table among the test resources: {@code #} lines and blank lines are comments,
 * every other line is one row of exactly as many fields as the table's format says.
 */
final class TestResourceTable {
    private TestResourceTable() {
    }

    static List<List<String>> rows(String resource, int fields) {
        List<List<String>> out = new ArrayList<>();
        String[] lines = text(resource).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != fields) {
                throw new IllegalStateException(resource + ":" + (i + 1) + ": expected " + fields + " tab-separated fields, found "
                        + cells.length);
            }
            out.add(Arrays.asList(cells));
        }
        return out;
    }

    private static String text(String resource) {
        try (InputStream in = TestResourceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
