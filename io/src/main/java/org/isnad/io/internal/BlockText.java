package org.isnad.io.internal;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Plain text of an HTML element with its structure kept as line breaks: a blank line ("\n\n") between
 * block elements, "\n" for {@code <br>}, whitespace inside a paragraph collapsed to single spaces. Later
 * stages find headlines and paragraphs by these breaks. Iterative (jsoup's traversor), so deep nesting
 * cannot overflow the stack.
 */
final class BlockText {
    /** Never text a reader sees. */
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object", "canvas", "select");

    private BlockText() {
    }

    static String of(Element root) {
        Builder builder = new Builder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    builder.text(text.getWholeText());
                } else if (node instanceof Element element) {
                    if (SKIPPED.contains(element.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element.normalName().equals("br")) {
                        builder.lineBreak();
                    } else if (element.isBlock()) {
                        builder.paragraphBreak();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    builder.paragraphBreak();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return builder.toString();
    }

    /** Appends text, holding back spaces and breaks until more text comes, so none lead or trail. */
    private static final class Builder {
        private final StringBuilder out = new StringBuilder();
        private int pendingNewlines;
        private boolean pendingSpace;

        void text(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    pendingSpace = true;
                    continue;
                }
                if (out.length() > 0) {
                    if (pendingNewlines > 0) {
                        out.append("\n".repeat(pendingNewlines));
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                pendingNewlines = 0;
                pendingSpace = false;
                out.append(c);
            }
        }

        void lineBreak() {
            // Two <br> in a row are how many sites separate paragraphs.
            pendingNewlines = Math.min(pendingNewlines + 1, 2);
        }

        void paragraphBreak() {
            pendingNewlines = 2;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
