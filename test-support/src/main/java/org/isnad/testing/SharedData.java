package org.isnad.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds {@code ../shared} beside the repository, for the tests of every module that read it. Tests
 * that need it skip with a clear message when it is absent, but fail under
 * {@code ISNAD_REQUIRE_SHARED=1} (as in CI), so a missing folder can never make the evaluation pass
 * silently.
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
