package org.isnad.bench.review;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds {@code ../shared} beside the repository, as the cli module's tests do: a test that needs it
 * skips with a message when it is absent, and fails under {@code ISNAD_REQUIRE_SHARED=1} (as in CI).
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path require(String relative) {
        String root = System.getProperty("isnad.root", "..");
        Path path = Path.of(root).toAbsolutePath().normalize().resolveSibling("shared").resolve(relative);
        if (!Files.exists(path)) {
            String why = path + " is absent: this test reads the shared evaluation data in place";
            if ("1".equals(System.getenv("ISNAD_REQUIRE_SHARED"))) {
                fail(why + " (ISNAD_REQUIRE_SHARED=1)");
            }
            Assumptions.abort("skipped: " + why);
        }
        return path;
    }
}
