package org.isnad.io.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main text and metadata of an HTML page. The main text comes from readability4j (it drops menus,
 * share bars and comments); when readability finds nothing, from the whole body.
 */
public final class HtmlExtractor {
    public static final String NO_TEXT = "no text found in HTML";

    private final ObjectMapper json;

    public HtmlExtractor(ObjectMapper json) {
        this.json = json;
    }

    public ExtractedHtml extract(String html) throws ReadProblem {
        // jsoup never rejects markup: unclosed tags and stray bytes still give a tree.
        Document page = Jsoup.parse(html);
        Article article = readability(html);
        String text = article == null || article.getArticleContent() == null
                ? "" : BlockText.of(article.getArticleContent());
        if (text.isBlank()) {
            Element body = page.body();
            text = body == null ? "" : BlockText.of(body);
        }
        if (text.isBlank()) {
            throw new ReadProblem(NO_TEXT);
        }
        return new ExtractedHtml(text, HtmlMetadata.of(page, json, article == null ? null : article.getByline()));
    }

    /**
     * Readability is third-party Kotlin, compiled against an older jsoup, and recursive; a failure inside
     * it must only cost us the clutter removal, so any error falls back to the body text.
     */
    private static Article readability(String html) {
        try {
            return new Readability4J("", html).parse();
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return null;
        }
    }
}
