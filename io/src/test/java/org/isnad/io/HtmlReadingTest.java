package org.isnad.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.io.Fixtures.read;
import static org.isnad.io.Fixtures.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.isnad.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReadingTest {
    @TempDir
    Path dir;

    @Test
    void articleGivesMainTextInParagraphsAndPageMetadata() {
        ReadResult result = read(Fixtures.fixture("article.html"));

        assertThat(result.failures()).isEmpty();
        Document doc = result.documents().get(0);
        assertThat(doc.id()).isEqualTo("article");
        assertThat(doc.text())
                .contains("افتتحت البلدية صباح الأحد جسراً جديداً")
                .contains("الازدحام في وسط المدينة")
                .contains("متواصل في المشروع الذي انتظره السكان طويلاً.\n\nوقال رئيس البلدية")
                .doesNotContain("رياضة")
                .doesNotContain("<p>")
                .doesNotStartWith("\n")
                .doesNotEndWith("\n");
        assertThat(doc.title()).isEqualTo("افتتاح جسر جديد فوق النهر");
        assertThat(doc.author()).isEqualTo("سامي يوسف");
        assertThat(doc.publisher()).isEqualTo("موقع الأخبار المثال");
        assertThat(doc.url()).isEqualTo("https://news.example.com/2024/11/02/bridge-opens");
        assertThat(doc.language()).isEqualTo("ar");
        // The date as written in its own offset (01:40 at +03:00 is still 2 November in UTC).
        assertThat(doc.publication().published()).isEqualTo(LocalDate.of(2024, 11, 3));
        assertThat(doc.publication().evidence())
                .isEqualTo("from HTML meta article:published_time: 2024-11-03T01:40:00+03:00");
    }

    @Test
    void malformedHtmlStillGivesItsText() {
        ReadResult result = read(Fixtures.fixture("broken.html"));

        assertThat(result.failures()).isEmpty();
        Document doc = result.documents().get(0);
        assertThat(doc.text()).contains("انقطعت الكهرباء عن الحي الشرقي مساء الخميس.")
                .contains("بحسب السكان").contains("لا تعليق من الشركة");
        assertThat(doc.text()).contains("\n\n");
    }

    @Test
    void pageWithoutTextFails() {
        Path file = write(dir.resolve("shell.html"),
                "<html><head><title>فارغة</title><script>var a = 'نص';</script></head><body> <div></div> </body></html>");

        assertThat(read(file).failures()).extracting(ReadFailure::message)
                .containsExactly(file + ": no text found in HTML");
    }

    @Test
    void jsonLdAndFallbackTagsSupplyMetadata() {
        Path file = write(dir.resolve("ld.html"), """
                <html><head><title>عنوان الصفحة</title>
                <meta name="application-name" content="تطبيق الأخبار">
                <script type="application/ld+json">{"@graph": [{"@type": "WebSite"},
                  {"@type": "NewsArticle", "datePublished": "2024-09-09T23:30:00Z",
                   "author": [{"@type": "Person", "name": "هدى سالم"}],
                   "publisher": {"name": "دار النشر"}}]}</script>
                <script type="application/ld+json">{ broken json </script>
                </head><body><h1>عنوان آخر</h1><p>عاد الصيادون إلى الميناء بعد العاصفة.</p></body></html>
                """);

        Document doc = read(file).documents().get(0);

        assertThat(doc.title()).isEqualTo("عنوان الصفحة");
        assertThat(doc.author()).isEqualTo("هدى سالم");
        assertThat(doc.publisher()).isEqualTo("دار النشر");
        assertThat(doc.publication().published()).isEqualTo(LocalDate.of(2024, 9, 9));
        assertThat(doc.publication().evidence()).startsWith("from HTML JSON-LD datePublished");
        assertThat(doc.text()).contains("عاد الصيادون إلى الميناء بعد العاصفة.");
    }

    @Test
    void timeElementAndH1AndOgUrl() {
        Path file = write(dir.resolve("time.html"), """
                <html><head><meta property="og:url" content="https://example.org/a/2023/01/01/x">
                <meta name="application-name" content="تطبيق الأخبار"></head>
                <body><h1>سوق الخضار</h1><p>انخفضت أسعار الطماطم<br>وارتفعت أسعار البصل.</p>
                <time datetime="2024-03-07">7 آذار</time></body></html>
                """);

        Document doc = read(file).documents().get(0);

        assertThat(doc.title()).isEqualTo("سوق الخضار");
        assertThat(doc.url()).isEqualTo("https://example.org/a/2023/01/01/x");
        assertThat(doc.publisher()).isEqualTo("تطبيق الأخبار");
        assertThat(doc.publication().published()).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(doc.publication().evidence()).isEqualTo("from HTML <time datetime>: 2024-03-07");
        assertThat(doc.text()).contains("انخفضت أسعار الطماطم\nوارتفعت أسعار البصل.");
    }

    @Test
    void metaDateAndSidecarOverride() {
        Path file = write(dir.resolve("meta.html"), """
                <html><head><meta name="pubdate" content="2024-05-06 07:08:09"><title>قديم</title></head>
                <body><p>أعلنت الشركة عن خط حافلات جديد.</p></body></html>
                """);
        write(dir.resolve("meta.meta.json"), "{\"title\": \"جديد\"}");

        Document doc = read(file).documents().get(0);

        assertThat(doc.title()).isEqualTo("جديد");
        assertThat(doc.publication().published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(doc.publication().evidence()).isEqualTo("from HTML meta pubdate: 2024-05-06 07:08:09");
    }
}
