package org.isnad.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.isnad.lang.ResourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every {@code # example: input => expected} line of every file listed in index.txt. */
class ResourceExamplesTest {
    private static final ArabicLanguagePack PACK = new ArabicLanguagePack();
    private static final Map<String, Function<String, String>> RUNNERS = ExampleRunners.all(PACK);

    static Stream<Arguments> examples() {
        return PACK.resourceNames().stream().flatMap(name -> {
            ResourceFile file = PACK.resource(name);
            return file.examples().stream().map(ex -> Arguments.of(name + ":" + ex.line(), name, ex));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(String where, String name, ResourceFile.Example ex) {
        String folder = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
        Function<String, String> runner = RUNNERS.getOrDefault(name, RUNNERS.get(folder));
        if (runner == null) {
            fail("no example runner for file '" + name + "' or folder '" + folder + "' (" + where + "): add one to ExampleRunners.all");
        }
        String actual = runner.apply(ExampleRunners.unescape(ex.input()));
        assertThat(actual).as(where + ": " + ex.input()).isEqualTo(ExampleRunners.unescape(ex.expected()));
    }

    /** A resource file that index.txt does not list would escape its examples: none may exist. */
    @Test
    void everyResourceFileIsListed() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/resources/org/isnad/lang/ar");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(root), "run from the lang-ar module");
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
            List<String> onDisk = files.filter(f -> f.toString().endsWith(".tsv") || f.toString().endsWith(".txt"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(n -> !n.equals("index.txt"))
                    .sorted()
                    .toList();
            assertThat(PACK.resourceNames()).containsAll(onDisk);
        }
    }

    @Test
    void everyListedFileHasAHeaderAndExamples() {
        for (String name : PACK.resourceNames()) {
            ResourceFile file = PACK.resource(name);
            assertThat(file.examples()).as(name + " has examples").isNotEmpty();
            assertThat(file.entries()).as(name + " has entries").isNotEmpty();
        }
    }
}
