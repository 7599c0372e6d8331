package org.isnad.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.io.Fixtures.read;
import static org.isnad.io.Fixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.isnad.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxtReadingTest {
    @TempDir
    Path dir;

    @Test
    void txtWithSidecarTakesItsMetadata() {
        ReadResult result = read(Fixtures.fixture("rain.txt"));

        assertThat(result.failures()).isEmpty();
        Document doc = result.documents().get(0);
        assertThat(doc.id()).isEqualTo("rain-amman");
        assertThat(doc.path()).isEqualTo(Fixtures.fixture("rain.txt"));
        assertThat(doc.text()).isEqualTo("سقط المطر في عمّان يوم الاثنين.\nوقالت الأرصاد إن الأمطار ستستمر حتى المساء.\n");
        assertThat(doc.title()).isEqualTo("أمطار غزيرة في عمّان");
        assertThat(doc.author()).isEqualTo("ليلى حداد");
        assertThat(doc.publisher()).isEqualTo("صحيفة الطقس اليومية");
        assertThat(doc.relays()).containsExactly("وكالة الأنباء المحلية");
        assertThat(doc.url()).isEqualTo("https://example.org/news/weather/rain-amman");
        assertThat(doc.language()).isNull();
        assertThat(doc.publication().published()).isEqualTo(LocalDate.of(2024, 12, 16));
        assertThat(doc.publication().evidence()).isEqualTo(
                "from sidecar rain.meta.json field published: 2024-12-16T08:15:00+02:00");
    }

    @Test
    void plainTxtHasStemIdNoTitleAndUnknownDate() {
        Path file = write(dir.resolve("bulletin-7.txt"), "هبت رياح قوية على الساحل.");

        Document doc = read(file).documents().get(0);

        assertThat(doc.id()).isEqualTo("bulletin-7");
        assertThat(doc.title()).isNull();
        assertThat(doc.language()).isNull();
        assertThat(doc.publisher()).isNull();
        assertThat(doc.publication().isKnown()).isFalse();
        assertThat(doc.publication().evidence()).isEqualTo("no publication date in metadata or URL");
    }

    @Test
    void keepsLineEndingsExactlyAndDropsTheBom() {
        String text = "السطر الأول\r\nالسطر الثاني\rالسطر الثالث\n\n  مسافة في البداية \r\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = write(dir.resolve("endings.txt"), Fixtures.concat(bom, text.getBytes(StandardCharsets.UTF_8)));

        assertThat(read(file).documents().get(0).text()).isEqualTo(text);
    }

    @Test
    void malformedSidecarIsReportedButTheReportIsStillRead() {
        Path report = write(dir.resolve("quake.txt"), "شعر السكان بهزة أرضية خفيفة.");
        Path sidecar = write(dir.resolve("quake.meta.json"), "{\"title\": \"هزة\", ");

        ReadResult result = read(report);

        assertThat(result.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.id()).isEqualTo("quake");
            assertThat(doc.title()).isNull();
        });
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.path()).isEqualTo(sidecar.toString());
            assertThat(failure.reason()).startsWith(
                    "sidecar metadata ignored, the report was read without it: malformed JSON at line 1");
            assertThat(failure.message()).doesNotContain("\n");
        });
    }

    @Test
    void sidecarThatIsNotAnObjectIsReported() {
        Path report = write(dir.resolve("fog.txt"), "ضباب كثيف على الطريق الصحراوي.");
        write(dir.resolve("fog.meta.json"), "[1, 2]");

        ReadResult result = read(report);

        assertThat(result.documents()).hasSize(1);
        assertThat(result.failures()).extracting(ReadFailure::reason)
                .containsExactly("sidecar metadata ignored, the report was read without it: not a JSON object");
    }

    @Test
    void sidecarsAreNotReportsThemselves() {
        write(dir.resolve("a.txt"), "خبر أول عن السوق.");
        write(dir.resolve("a.meta.json"), "{\"publisher\": \"صحيفة\"}");
        write(dir.resolve("lonely.meta.json"), "{\"publisher\": \"صحيفة\"}");

        ReadResult folder = read(dir);
        ReadResult explicit = read(dir.resolve("a.meta.json"));

        assertThat(folder.documents()).extracting(Document::id).containsExactly("a");
        assertThat(folder.documents().get(0).publisher()).isEqualTo("صحيفة");
        assertThat(folder.failures()).isEmpty();
        assertThat(explicit.documents()).isEmpty();
        assertThat(explicit.failures()).isEmpty();
    }

    @Test
    void sidecarIdAndDateOverrideAndRelaysMayBeOneString() {
        Path report = write(dir.resolve("x.txt"), "اجتمع المجلس البلدي مساء أمس.");
        write(dir.resolve("x.meta.json"),
                "{\"id\": 17, \"date\": \"2024/12/05\", \"relays\": \"وكالة\", \"source\": \"إذاعة\"}");

        Document doc = read(report).documents().get(0);

        assertThat(doc.id()).isEqualTo("17");
        assertThat(doc.relays()).isEqualTo(List.of("وكالة"));
        assertThat(doc.publisher()).isEqualTo("إذاعة");
        assertThat(doc.publication().published()).isEqualTo(LocalDate.of(2024, 12, 5));
    }
}
