package org.isnad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bytes and random damage to valid fixtures: reading never throws, and every file ends as
 * documents or failures. Seeded, so a failure here can be replayed.
 */
class HostileBytesTest {
    private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".json", ".jsonl");
    private static final List<String> FIXTURES =
            List.of("rain.txt", "article.html", "broken.html", "records.jsonl", "records.json");

    @TempDir
    Path dir;

    private final ReportReader reader = new ReportReader(ReadOptions.defaults());

    @Test
    void randomBytesNeverThrow() throws IOException {
        Random random = new Random(20241215L);
        for (int round = 0; round < 120; round++) {
            byte[] bytes = new byte[random.nextInt(3000)];
            random.nextBytes(bytes);
            if (round % 3 == 1) {
                avoidNul(bytes, random); // gets past the binary check into the decoders and parsers
            }
            check(bytes, EXTENSIONS.get(round % EXTENSIONS.size()), round);
        }
    }

    @Test
    void mutatedFixturesNeverThrow() throws IOException {
        Random random = new Random(7L);
        for (String fixture : FIXTURES) {
            byte[] original = Files.readAllBytes(Fixtures.reports().resolve(fixture));
            String extension = fixture.substring(fixture.lastIndexOf('.'));
            for (int round = 0; round < 40; round++) {
                check(mutate(original, random), extension, round);
            }
        }
    }

    @Test
    void arabicLikeNoiseNeverThrows() throws IOException {
        Random random = new Random(99L);
        String alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى ،.\n\r\t<>{}[]\":,/0123456789pdivhtml";
        for (int round = 0; round < 80; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(2000); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            check(text.toString().getBytes(StandardCharsets.UTF_8), EXTENSIONS.get(round % EXTENSIONS.size()), round);
        }
    }

    private void check(byte[] bytes, String extension, int round) throws IOException {
        Path file = dir.resolve("hostile" + round + extension);
        Files.write(file, bytes);
        ReadResult result = reader.read(List.of(file.toString()));
        assertThat(result.documents().size() + result.failures().size()).as(file.toString()).isPositive();
        assertThat(result.failures()).allSatisfy(failure -> {
            assertThat(failure.message()).doesNotContain("\n").doesNotContain("\r");
            assertThat(failure.reason()).doesNotStartWith("internal error");
        });
        assertThat(result.documents()).allSatisfy(doc -> assertThat(doc.text()).isNotBlank());
        Files.delete(file);
    }

    private static void avoidNul(byte[] bytes, Random random) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] >= 0 && bytes[i] < 0x20) {
                bytes[i] = (byte) (0x80 + random.nextInt(0x80));
            }
        }
    }

    /** Flips, inserts, deletes or truncates a few bytes. */
    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        for (int edits = 1 + random.nextInt(5); edits > 0 && bytes.length > 0; edits--) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = Fixtures.concat(java.util.Arrays.copyOf(bytes, at),
                        Fixtures.concat(new byte[] {(byte) random.nextInt(256)},
                                java.util.Arrays.copyOfRange(bytes, at, bytes.length)));
                case 2 -> bytes = Fixtures.concat(java.util.Arrays.copyOf(bytes, at),
                        java.util.Arrays.copyOfRange(bytes, at + 1, bytes.length));
                default -> bytes = java.util.Arrays.copyOf(bytes, at);
            }
        }
        return bytes;
    }
}
