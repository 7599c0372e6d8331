package org.isnad.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.isnad.model.Publication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
    private static Publication fromMetadata(String value) {
        return PublicationDates.resolve(new DateClaim(value, "sidecar x.meta.json field published"), null);
    }

    private static Publication fromUrl(String url) {
        return PublicationDates.resolve(null, url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-12-15", "2024-12-15T23:59:00+03:00", "2024-12-15T00:10:00-05:00", "2024-12-15T10:00:00Z",
        "2024-12-15T10:00", "2024-12-15 10:20:30", "2024/12/15", "2024/12/15 8:05", "20241215",
        "15/12/2024", "12/15/2024", "15.12.2024", "Sun, 15 Dec 2024 22:00:00 GMT", " 2024-12-15 "})
    void metadataDatesGiveTheDayAsWritten(String value) {
        Publication publication = fromMetadata(value);

        assertThat(publication.published()).isEqualTo(LocalDate.of(2024, 12, 15));
        assertThat(publication.evidence()).isEqualTo("from sidecar x.meta.json field published: " + value);
    }

    @Test
    void ambiguousDayMonthIsNotGuessed() {
        Publication publication = fromMetadata("05/06/2024");

        assertThat(publication.isKnown()).isFalse();
        assertThat(publication.evidence()).isEqualTo("no publication date in metadata or URL that can be used: "
                + "sidecar x.meta.json field published: 05/06/2024 is ambiguous "
                + "(day 5 of month 6, or month 5 day 6), not guessed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-02-30|2024-02-30 is not a real date",
        "2023-02-29T10:00:00Z|2023-02-29T10:00:00Z is not a real date",
        "2024-12-15T25:61|2024-12-15T25:61 is not a real time",
        "yesterday|\"yesterday\" is not a date format this reader knows",
        "31/31/2024|31/31/2024 is not a real date"})
    void impossibleOrUnknownMetadataDatesAreExplained(String value, String note) {
        Publication publication = fromMetadata(value);

        assertThat(publication.isKnown()).isFalse();
        assertThat(publication.evidence()).endsWith(note);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://example.com/news/2024/12/15/story-title|2024/12/15",
        "https://example.com/news/2024/12/15|2024/12/15",
        "https://example.com/2024-12-15/story|2024-12-15",
        "https://example.com/story-2024-12-15|2024-12-15",
        "https://example.com/archive/20241215/article|20241215",
        "https://example.com/view?id=99&date=2024-12-15|2024-12-15",
        "https://example.com/15-12-2024/story|15-12-2024",
        "https://example.com/12/15/2024/story|12/15/2024"})
    void urlDates(String url, String fragment) {
        Publication publication = fromUrl(url);

        assertThat(publication.published()).isEqualTo(LocalDate.of(2024, 12, 15));
        assertThat(publication.evidence()).isEqualTo("from the date " + fragment + " in the URL " + url);
    }

    @Test
    void ambiguousUrlDateIsLeftUnknownWithTheReason() {
        Publication publication = fromUrl("https://example.com/05-06-2024/story");

        assertThat(publication.isKnown()).isFalse();
        assertThat(publication.evidence()).isEqualTo("no publication date in metadata or URL that can be used: "
                + "URL date 05-06-2024 is ambiguous (day 5 of month 6, or month 5 day 6), not guessed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/article/1234567890", "https://example.com/2024/12/", "https://example.com/p/3012202499",
        "https://example.com/news/123456/story"})
    void urlsWithoutADayGiveNothing(String url) {
        assertThat(fromUrl(url)).isEqualTo(Publication.unknown("no publication date in metadata or URL"));
    }

    @Test
    void impossibleUrlDateIsExplained() {
        assertThat(fromUrl("https://example.com/2024/02/30/x").evidence())
                .endsWith("URL date 2024/02/30 is not a real date");
    }

    @Test
    void metadataWinsOverUrlAndUrlIsUsedWhenMetadataIsUnusable() {
        String url = "https://example.com/2024/12/14/x";

        assertThat(PublicationDates.resolve(new DateClaim("2024-12-16", "JSON record field date"), url).published())
                .isEqualTo(LocalDate.of(2024, 12, 16));
        Publication fallback = PublicationDates.resolve(new DateClaim("قريباً", "JSON record field date"), url);
        assertThat(fallback.published()).isEqualTo(LocalDate.of(2024, 12, 14));
        assertThat(fallback.evidence()).isEqualTo("from the date 2024/12/14 in the URL " + url
                + " (JSON record field date: \"قريباً\" is not a date format this reader knows)");
    }

    @Test
    void nothingKnown() {
        assertThat(PublicationDates.resolve(null, null))
                .isEqualTo(Publication.unknown("no publication date in metadata or URL"));
    }

    @Test
    void aRetrievalTimeIsTheLatestDayWhenNoDateIsFound() {
        Publication p = PublicationDates.resolve(null, null, new DateClaim("2015-08-10 18:53:16", "JSON record field date_extracted"));
        assertThat(p.isKnown()).isFalse();
        assertThat(p.latest()).isEqualTo(java.time.LocalDate.of(2015, 8, 10));
        assertThat(p.evidence()).contains("retrieved 2015-08-10").contains("date_extracted");
        assertThat(PublicationDates.resolve(new DateClaim("2015-08-09", "JSON record field date"), null,
                new DateClaim("2015-08-10", "JSON record field date_extracted")).published()).isEqualTo(java.time.LocalDate.of(2015, 8, 9));
        Publication bad = PublicationDates.resolve(null, null, new DateClaim("أمس", "JSON record field crawled_at"));
        assertThat(bad.latest()).isNull();
        assertThat(bad.evidence()).contains("crawled_at not used");
    }
}
