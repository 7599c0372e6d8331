package org.isnad.bench.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The timexes some verdicts file already names, by record and offsets: what a held-out sample
 * leaves out, so that its figure is of lines nobody looked at while the engine was tuned.
 */
final class JudgedLines {
    private JudgedLines() {
    }

    static String key(String recordId, int start, int end) {
        return recordId + "\t" + start + "\t" + end;
    }

    /** Every record and offsets named by a {@code *.tsv} verdicts file in {@code folder}. */
    static Set<String> in(Path folder) throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                for (Verdict v : VerdictFile.parse(Files.readString(f, StandardCharsets.UTF_8))) {
                    keys.add(key(v.recordId(), v.start(), v.end()));
                }
            }
        }
        return keys;
    }
}
