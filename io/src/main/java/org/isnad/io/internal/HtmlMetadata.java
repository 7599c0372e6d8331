package org.isnad.io.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The metadata an HTML page states about itself in meta tags, links, JSON-LD and {@code <time>}. */
final class HtmlMetadata {
    private HtmlMetadata() {
    }

    /**
     * @param byline readability's byline, used when no meta tag or JSON-LD names an author
     */
    static ReportMetadata of(Document page, ObjectMapper json, String byline) {
        JsonLd jsonLd = JsonLd.of(page, json);
        String site = firstNonNull(meta(page, "property", "og:site_name"), jsonLd.first("publisher"),
                meta(page, "name", "application-name"));
        return new ReportMetadata(
                null,
                firstNonNull(attr(page, "link[rel=canonical]", "abs:href"), meta(page, "property", "og:url")),
                firstNonNull(meta(page, "property", "og:title"), withoutSiteName(JsonFields.nonBlank(page.title()), site),
                        text(page, "h1")),
                firstNonNull(meta(page, "name", "author"), person(meta(page, "property", "article:author")),
                        JsonFields.nonBlank(byline), jsonLd.first("author")),
                site,
                List.of(),
                language(page),
                date(page, jsonLd),
                null);
    }

    private static DateClaim date(Document page, JsonLd jsonLd) {
        String value = meta(page, "property", "article:published_time");
        if (value != null) {
            return new DateClaim(value, "HTML meta article:published_time");
        }
        value = jsonLd.first("datePublished");
        if (value != null) {
            return new DateClaim(value, "HTML JSON-LD datePublished");
        }
        value = attr(page, "time[datetime]", "datetime");
        if (value != null) {
            return new DateClaim(value, "HTML <time datetime>");
        }
        for (String name : List.of("date", "pubdate", "publishdate", "DC.date.issued")) {
            value = meta(page, "name", name);
            if (value != null) {
                return new DateClaim(value, "HTML meta " + name);
            }
        }
        value = attr(page, "[itemprop=datePublished]", "content");
        return value == null ? null : new DateClaim(value, "HTML itemprop datePublished");
    }

    /** A page's {@code <title>} often ends with " | Site" or " - Site"; the headline is what comes before. */
    static String withoutSiteName(String title, String site) {
        if (title == null || site == null) {
            return title;
        }
        for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
            if (title.endsWith(sep + site)) {
                return title.substring(0, title.length() - sep.length() - site.length()).strip();
            }
            if (title.startsWith(site + sep)) {
                return title.substring(site.length() + sep.length()).strip();
            }
        }
        return title;
    }

    /** article:author is often a profile URL, which is not a name. */
    private static String person(String author) {
        return author == null || author.matches("(?i)https?://.*") ? null : author;
    }

    /** The two-letter language code of {@code <html lang>}, e.g. "ar" for "ar-EG". */
    private static String language(Document page) {
        Element html = page.selectFirst("html");
        String lang = html == null ? null : JsonFields.nonBlank(html.attr("lang"));
        if (lang == null || !lang.matches("(?i)[a-z]{2}(?:[-_].*)?")) {
            return null;
        }
        return lang.substring(0, 2).toLowerCase(Locale.ROOT);
    }

    private static String meta(Document page, String attribute, String name) {
        // Attribute values are matched case-insensitively by jsoup's [attr=value] selector.
        for (Element meta : page.select("meta[" + attribute + "=" + name + "]")) {
            String content = JsonFields.nonBlank(meta.attr("content"));
            if (content != null) {
                return content;
            }
        }
        return null;
    }

    private static String attr(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        return element == null ? null : JsonFields.nonBlank(element.attr(attribute));
    }

    private static String text(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? null : JsonFields.nonBlank(element.text());
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
