package org.isnad.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.isnad.clean.ClutterRules.BylineKind;
import org.isnad.clean.ClutterRules.BylinePhrase;
import org.isnad.clean.ClutterRules.How;
import org.isnad.clean.ClutterRules.Phrase;
import org.isnad.model.ClutterReason;
import org.isnad.model.Removal;
import org.isnad.model.Span;
import org.isnad.text.NormalisedText;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;

/**
 * Finds web clutter in a report without touching its text: banners, teasers, bylines and author
 * bios, comment forms, share and navigation labels, captions and repeated headlines. A pure
 * function of the text and the rules; content is kept whenever a rule is unsure.
 */
public final class ClutterDetector {
    /** Lines of at most this many words can be bylines, captions or related-article titles. */
    private static final int SHORT_LINE_WORDS = 8;
    private static final int TITLE_WORDS = 25;
    private static final int NAME_WORDS = 4;
    /** An author bio is at most this long, within this many lines of either end of the page. */
    private static final int BIO_WORDS = 60;
    private static final int BOX_LINES = 8;

    private final ClutterRules rules;

    public ClutterDetector(ClutterRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    /**
     * What the detector found: clutter spans, the outlet or author a byline names, and the
     * headline (null when the report opens straight into its text).
     */
    public record Result(List<Removal> removed, String bylineOutlet, String bylineAuthor, Span headline) {
    }

    /** A line, its word tokens, and their folded forms (computed once, read by every rule). */
    private record Line(Span span, List<Token> tokens, List<String> words) {
        Line(Span span, List<Token> tokens) {
            this(span, tokens, tokens.stream().map(Token::form).toList());
        }

        char last(String text) {
            return text.charAt(span.end() - 1);
        }
    }

    private boolean endsSentence(Line l, String text) {
        return rules.punctuation.isSentenceEnd(l.last(text));
    }

    public Result find(NormalisedText view) {
        String text = view.original();
        List<Line> lines = lines(view);
        ClutterReason[] marked = new ClutterReason[lines.size()];
        List<Removal> out = new ArrayList<>();
        String[] byline = new String[2];

        wholeLinePhrases(lines, marked, text);
        bylines(lines, marked, text, byline);
        int headline = headline(lines, marked, text);
        captions(lines, marked, text, headline);
        for (int i = 0; i < lines.size(); i++) {
            if (marked[i] != null) {
                out.add(new Removal(lines.get(i).span(), marked[i]));
            } else {
                cues(lines.get(i), text, out);
            }
        }
        Collections.sort(out);
        return new Result(merge(out), byline[0], byline[1], headline < 0 ? null : lines.get(headline).span());
    }

    private void wholeLinePhrases(List<Line> lines, ClutterReason[] marked, String text) {
        // Where the last block of titles ended: a header inside that block would find every line
        // up to there marked already, so it does not scan them again (a page of headers stays linear).
        int blockEnd = 0;
        for (int i = 0; i < lines.size(); i++) {
            List<String> words = lines.get(i).words();
            for (Phrase p : rules.phrases) {
                boolean hit = switch (p.how()) {
                    case LINE, HEADER -> words.equals(p.words());
                    case START -> startsWith(words, p.words());
                    case CUE -> false;
                };
                if (!hit) {
                    continue;
                }
                marked[i] = p.reason();
                if (p.how() == How.HEADER && i >= blockEnd) {
                    // The titles of related articles follow their header as short unpunctuated lines.
                    int j = i + 1;
                    for (; j < lines.size(); j++) {
                        Line l = lines.get(j);
                        if (marked[j] != null) {
                            continue;
                        }
                        if (l.tokens().size() > TITLE_WORDS || endsSentence(l, text)) {
                            break;
                        }
                        marked[j] = ClutterReason.TEASER;
                    }
                    blockEnd = j;
                }
                break;
            }
        }
    }

    private void bylines(List<Line> lines, ClutterReason[] marked, String text, String[] byline) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            List<String> words = l.words();
            if (marked[i] != null) {
                continue;
            }
            for (BylinePhrase b : rules.bylines) {
                if (b.kind() == BylineKind.BIO) {
                    int prev = i - 1;
                    if (prev >= 0 && marked[prev] == null && startsWith(words, b.words()) && isNameLine(lines.get(prev), text)
                            && inAuthorBox(i, lines.size(), words.size())) {
                        marked[prev] = ClutterReason.BYLINE;
                        marked[i] = ClutterReason.AUTHOR_BIO;
                        setOnce(byline, 1, lines.get(prev).span().of(text).strip());
                        break;
                    }
                    continue;
                }
                if (words.size() > SHORT_LINE_WORDS || endsSentence(l, text)) {
                    continue;
                }
                if (b.kind() == BylineKind.SUFFIX && endsWith(words, b.words()) && words.size() > b.words().size()) {
                    marked[i] = ClutterReason.BYLINE;
                    setOnce(byline, 0, outletBeforeDash(l.span().of(text)));
                    break;
                }
                if (startsWith(words, b.words()) && words.size() > b.words().size()
                        && (b.kind() == BylineKind.PREFIX_ANY || b.kind() == BylineKind.PREFIX && separatorAfter(l, b.words().size(), text))) {
                    marked[i] = ClutterReason.BYLINE;
                    break;
                }
            }
        }
    }

    private void captions(List<Line> lines, ClutterReason[] marked, String text, int headline) {
        for (int i = 0; i < lines.size(); i++) {
            if (marked[i] != null) {
                continue;
            }
            Line l = lines.get(i);
            List<String> words = l.words();
            if (words.size() <= SHORT_LINE_WORDS && !endsSentence(l, text)
                    && rules.captions.stream().anyMatch(c -> startsWith(words, c))) {
                marked[i] = ClutterReason.CAPTION;
                continue;
            }
            if (i == headline || words.isEmpty() || words.size() > TITLE_WORDS) {
                continue;
            }
            int next = i + 1;
            if (headline >= 0 && lines.get(headline).words().equals(words)) {
                marked[i] = ClutterReason.DUPLICATE_TITLE;
            } else if (next < lines.size() && marked[next] == null && lines.get(next).words().equals(words)
                    && words.size() <= SHORT_LINE_WORDS) {
                // An image's alt text and its caption are printed twice in a row.
                marked[i] = ClutterReason.CAPTION;
                marked[next] = ClutterReason.CAPTION;
            }
        }
    }

    /**
     * The report's headline: of the lines before its text begins (the first line that ends like a
     * sentence or is too long for a title), the one with the most words, which is what a title is
     * beside breadcrumbs, section names and image captions; the first of equals.
     */
    private int headline(List<Line> lines, ClutterReason[] marked, String text) {
        int best = -1;
        for (int i = 0; i < lines.size() - 1; i++) {
            Line l = lines.get(i);
            // Titles may end in "!" or "?", hardly ever in a full stop: that is where the text begins.
            if (l.tokens().size() > TITLE_WORDS || rules.punctuation.isFullStop(l.last(text))) {
                break;
            }
            if (marked[i] == null && (best < 0 || l.tokens().size() > lines.get(best).tokens().size())) {
                best = i;
            }
        }
        return best;
    }

    private void cues(Line line, String text, List<Removal> out) {
        List<Token> tokens = line.tokens();
        List<String> words = line.words();
        TeaserEnds ends = null;
        for (Phrase p : rules.phrases) {
            if (p.how() != How.CUE) {
                continue;
            }
            for (int k = indexOf(words, p.words(), 0); k >= 0; k = indexOf(words, p.words(), k + 1)) {
                int cueStart = tokens.get(k).original().start();
                int cueEnd = tokens.get(k + p.words().size() - 1).original().end();
                boolean opens = k == 0 || bulletBetween(text, tokens.get(k - 1).original().end(), cueStart);
                if (!opens && !colonAfter(text, cueEnd, line.span().end())) {
                    continue;
                }
                if (ends == null) {
                    ends = new TeaserEnds(text, line.span(), rules.punctuation);
                }
                out.add(new Removal(new Span(cueStart, ends.end(cueEnd)), ClutterReason.TEASER));
            }
        }
    }

    /**
     * An author box stands at the head or the foot of a page and is short: a line starting "كاتب"
     * in the middle of a report, after a section heading, is content.
     */
    private static boolean inAuthorBox(int line, int lines, int words) {
        return words <= BIO_WORDS && (line <= BOX_LINES || line >= lines - BOX_LINES);
    }

    private boolean isNameLine(Line l, String text) {
        return !l.tokens().isEmpty() && l.tokens().size() <= NAME_WORDS && !endsSentence(l, text)
                && l.tokens().stream().noneMatch(t -> Character.isDigit(t.form().charAt(0)));
    }

    private boolean separatorAfter(Line l, int words, String text) {
        int i = l.tokens().get(words - 1).original().end();
        while (i < l.span().end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < l.span().end() && rules.bylineSeparators.indexOf(text.charAt(i)) >= 0;
    }

    private static boolean colonAfter(String text, int from, int limit) {
        int i = from;
        while (i < limit && (Character.isWhitespace(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
            i++;
        }
        return i < limit && (text.charAt(i) == ':' || text.charAt(i) == '：');
    }

    private boolean bulletBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isBullet(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isBullet(char c) {
        return rules.punctuation.isBullet(c);
    }

    private static String outletBeforeDash(String line) {
        String[] parts = line.split("\\s+[-–—|]\\s+", 2);
        return parts.length == 2 ? parts[0].strip() : null;
    }

    private static void setOnce(String[] slot, int i, String value) {
        if (slot[i] == null && value != null && !value.isBlank()) {
            slot[i] = value;
        }
    }

    private static List<Line> lines(NormalisedText view) {
        List<Line> out = new ArrayList<>();
        for (Span span : Span.lines(view.original())) {
            out.add(new Line(span, Tokenizer.tokens(view, view.normalisedIndex(span.start()), view.normalisedIndex(span.end()))));
        }
        return out;
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
    }

    private static boolean endsWith(List<String> words, List<String> suffix) {
        return words.size() >= suffix.size() && words.subList(words.size() - suffix.size(), words.size()).equals(suffix);
    }

    private static int indexOf(List<String> words, List<String> phrase, int from) {
        for (int i = from; i + phrase.size() <= words.size(); i++) {
            if (words.subList(i, i + phrase.size()).equals(phrase)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Removal> merge(List<Removal> sorted) {
        List<Removal> out = new ArrayList<>();
        for (Removal r : sorted) {
            Removal last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.span().start() < last.span().end()) {
                if (r.span().end() > last.span().end()) {
                    out.set(out.size() - 1, new Removal(new Span(last.span().start(), r.span().end()), last.reason()));
                }
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
