package org.isnad.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.io.Fixtures.read;
import static org.isnad.io.Fixtures.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.isnad.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRecordsTest {
    @TempDir
    Path dir;

    @Test
    void jsonLinesAreReadOneRecordPerLineAndBadLinesFailAlone() {
        String path = Fixtures.fixture("records.jsonl");

        ReadResult result = read(path);

        assertThat(result.documents()).extracting(Document::id).containsExactly("r-1", "records#2", "r-6");
        Document first = result.documents().get(0);
        assertThat(first.text()).isEqualTo("وصل الوفد إلى المطار ظهر الثلاثاء.");
        assertThat(first.path()).isEqualTo(path);
        assertThat(first.publisher()).isEqualTo("نشرة المثال");
        assertThat(first.relays()).containsExactly("مراسل النشرة");
        assertThat(first.publication().published()).isEqualTo(LocalDate.of(2024, 12, 15));
        assertThat(first.publication().evidence()).isEqualTo(
                "from the date 2024/12/15 in the URL https://example.net/2024/12/15/delegation");

        Document second = result.documents().get(1);
        assertThat(second.publisher()).isEqualTo("إذاعة المدينة");
        assertThat(second.publication().published()).isEqualTo(LocalDate.of(2024, 12, 17));
        assertThat(second.publication().evidence()).isEqualTo("from JSON record field date: 2024/12/17");

        Document fromHtml = result.documents().get(2);
        assertThat(fromHtml.text()).isEqualTo("أعلنت الوزارة تأجيل الامتحانات أسبوعاً واحداً.\n\nوسيصدر جدول جديد قريباً.");
        assertThat(fromHtml.publisher()).as("source that is not a string is not a publisher").isNull();
        assertThat(fromHtml.publication().published()).isEqualTo(LocalDate.of(2024, 12, 20));

        assertThat(result.failures()).hasSize(2);
        assertThat(result.failures().get(0).path()).isEqualTo(path + ":4");
        assertThat(result.failures().get(0).reason()).startsWith("malformed JSON at column ")
                .contains("Unexpected end-of-input").doesNotContain("REDACTED");
        assertThat(result.failures().get(1).message())
                .isEqualTo(path + ":5: record \"r-5\" has no text, html or content");
        assertThat(result.failures()).allSatisfy(f -> assertThat(f.message()).doesNotContain("\n"));
    }

    @Test
    void jsonArrayRecordsUseIdOrZeroBasedIndex() {
        String path = Fixtures.fixture("records.json");

        ReadResult result = read(path);

        assertThat(result.documents()).extracting(Document::id).containsExactly("a1", "records#1");
        assertThat(result.documents().get(0).author()).isEqualTo("منى خليل");
        assertThat(result.documents().get(0).publication().published()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(result.documents().get(1).text()).isEqualTo("انخفضت درجات الحرارة ليلاً.");
        assertThat(result.documents().get(1).publication().published()).isEqualTo(LocalDate.of(2024, 12, 2));
        assertThat(result.failures()).extracting(ReadFailure::message)
                .containsExactly(path + "#2: record is not a JSON object");
    }

    @Test
    void singleObjectJsonFileIsOneReportNamedByItsStem() {
        Path file = write(dir.resolve("one.json"), "{\"text\": \"أمطار\\r\\nورياح\", \"language\": \"ar\"}");

        Document doc = read(file).documents().get(0);

        assertThat(doc.id()).isEqualTo("one");
        assertThat(doc.text()).isEqualTo("أمطار\r\nورياح");
        assertThat(doc.language()).isEqualTo("ar");
    }

    @Test
    void malformedJsonFileFails() {
        Path file = write(dir.resolve("bad.json"), "[{\"text\": \"نص\"},\n {\"text\": ]");

        ReadResult result = read(file);

        assertThat(result.documents()).isEmpty();
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(file.toString());
            assertThat(f.reason()).startsWith("malformed JSON at line 2, column ");
        });
    }

    @Test
    void jsonThatIsNotRecordsFails() {
        Path file = write(dir.resolve("scalar.json"), "\"just a string\"");
        Path trailing = write(dir.resolve("trailing.json"), "{\"text\": \"نص\"} {\"text\": \"آخر\"}");

        assertThat(read(file, trailing).failures()).extracting(ReadFailure::reason).satisfiesExactly(
                first -> assertThat(first).isEqualTo("JSON file holds neither an object nor an array of objects"),
                second -> assertThat(second).startsWith("malformed JSON at line 1"));
    }

    @Test
    void recordsWithUnusableTextFail() {
        Path file = write(dir.resolve("odd.jsonl"), """
                {"id": "n", "text": 12}
                {"id": "b", "text": "   "}
                {"html": "<html><body><script>x()</script></body></html>"}
                ["not", "an", "object"]
                """);

        assertThat(read(file).failures()).extracting(ReadFailure::message).containsExactly(
                file + ":1: record \"n\" has a text field that is not a string",
                file + ":2: record \"b\" has an empty text",
                file + ":3: record: no text found in HTML",
                file + ":4: record is not a JSON object");
    }
}
