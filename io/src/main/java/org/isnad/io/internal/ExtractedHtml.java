package org.isnad.io.internal;

/**
 * The main text of a page and what the page says about itself.
 *
 * @param text     paragraphs separated by blank lines
 * @param metadata from meta tags, JSON-LD and the page structure
 */
public record ExtractedHtml(String text, ReportMetadata metadata) {
}
