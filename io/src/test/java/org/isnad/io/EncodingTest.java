package org.isnad.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.io.Fixtures.read;
import static org.isnad.io.Fixtures.write;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingTest {
    /** Shadda, taa marbuta, alef maqsura, Arabic comma and a Latin acronym: the letters legacy charsets differ on. */
    static final String ARABIC = "سقط المطر في عمّان يوم الاثنين، وأغلقت المدارس أبوابها حتى إشعار آخر.\n"
            + "وقال مدير الدفاع المدني إن فرق الإنقاذ جاهزة وفق بيان نشرته وكالة بترا (UN) مساءً.\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"windows-1256", "ISO-8859-6"})
    void legacyArabicCharsetsDecode(String charset) {
        Path file = write(dir.resolve("legacy.txt"), ARABIC.getBytes(Charset.forName(charset)));

        ReadResult result = read(file);

        assertThat(result.failures()).isEmpty();
        assertThat(result.documents().get(0).text()).isEqualTo(ARABIC);
    }

    @Test
    void utf16WithBomDecodesBothByteOrders() {
        byte[] le = Fixtures.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = Fixtures.concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARABIC.getBytes(StandardCharsets.UTF_16BE));

        ReadResult result = read(write(dir.resolve("le.txt"), le), write(dir.resolve("be.txt"), be));

        assertThat(result.failures()).isEmpty();
        assertThat(result.documents()).allSatisfy(doc -> assertThat(doc.text()).isEqualTo(ARABIC));
    }

    @Test
    void invalidUtf8ThatIsNotArabicEitherIsAnUnknownEncoding() {
        Path file = write(dir.resolve("latin.txt"),
                "Le café du coin a fermé ses portes à Genève, déclare le maire.".getBytes(StandardCharsets.ISO_8859_1));

        ReadResult result = read(file);

        assertThat(result.documents()).isEmpty();
        assertThat(result.failures()).singleElement().extracting(ReadFailure::message).isEqualTo(file
                + ": unknown encoding (not valid UTF-8, and not Arabic in windows-1256 or ISO-8859-6)");
    }

    @Test
    void invalidUtf8AfterABomIsReported() {
        Path file = write(dir.resolve("badbom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3});

        assertThat(read(file).failures()).extracting(ReadFailure::reason)
                .containsExactly("invalid UTF-8 after its byte-order mark");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t\r\n", "\uFEFF", "\uFEFF  \n"})
    void emptyOrBlankFilesAreEmpty(String content) {
        Path file = write(dir.resolve("empty.txt"), content);

        assertThat(read(file).failures()).extracting(ReadFailure::message).containsExactly(file + ": empty file");
    }

    @Test
    void bomOnlyUtf16IsEmpty() {
        Path file = write(dir.resolve("bom16.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE});

        assertThat(read(file).failures()).extracting(ReadFailure::reason).containsExactly("empty file");
    }

    @Test
    void nulBytesOrControlCharactersMakeABinaryFile() {
        byte[] withNul = "صورة\u0000\u0001PNG".getBytes(StandardCharsets.UTF_8);
        byte[] controls = new byte[100];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x07);
        }

        ReadResult result = read(write(dir.resolve("nul.txt"), withNul), write(dir.resolve("bell.txt"), controls));

        assertThat(result.documents()).isEmpty();
        assertThat(result.failures()).extracting(ReadFailure::reason)
                .containsExactly("binary file, not text", "binary file, not text");
    }
}
