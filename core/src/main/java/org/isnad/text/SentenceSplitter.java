package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Span;

/**
 * Splits a text into sentences, bullets and headlines, line by line: at sentence punctuation
 * followed by a space or the line end, at line breaks, and at bullet markers. Spans are trimmed
 * and never include the bullet marker.
 */
final class SentenceSplitter {
    /** A headline has at most this many words. */
    static final int HEADLINE_WORDS = 12;
    /** A short unpunctuated line inside punctuated prose is a sub-heading up to this many words. */
    static final int SUBHEADING_WORDS = 8;

    private final SegmentRules rules;

    SentenceSplitter(SegmentRules rules) {
        this.rules = rules;
    }

    private static final class Line {
        final int firstPiece;
        int pieces;
        boolean blank = true;

        Line(int firstPiece) {
            this.firstPiece = firstPiece;
        }
    }

    List<Segment> split(String t) {
        List<Segment> out = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        int n = t.length();
        int ls = 0;
        while (true) {
            int le = ls;
            while (le < n && !isLineBreak(t.charAt(le))) {
                le++;
            }
            Line line = new Line(out.size());
            splitLine(t, ls, le, out);
            line.pieces = out.size() - line.firstPiece;
            line.blank = line.pieces == 0 && !SegmentRules.hasWordChar(t, ls, le);
            lines.add(line);
            if (le >= n) {
                break;
            }
            ls = le + (t.charAt(le) == '\r' && le + 1 < n && t.charAt(le + 1) == '\n' ? 2 : 1);
        }
        markHeadlines(t, lines, out);
        return out;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private void splitLine(String t, int ls, int le, List<Segment> out) {
        int i = ls;
        while (i < le && SegmentRules.trimmable(t.charAt(i))) {
            i++;
        }
        boolean bullet = false;
        if (i < le && isLineStartBullet(t, i, le)) {
            bullet = true;
            i = skipMarker(t, i, le);
        }
        int pieceStart = i;
        while (i < le) {
            char c = t.charAt(i);
            if (rules.bulletAnywhere.contains(c)) {
                emit(t, pieceStart, i, bullet, out);
                bullet = true;
                i = skipMarker(t, i, le);
                pieceStart = i;
            } else if (rules.sentenceEnd.contains(c)) {
                int j = i;
                while (j < le && rules.sentenceEnd.contains(t.charAt(j))) {
                    j++;
                }
                while (j < le && rules.closing.contains(t.charAt(j))) {
                    j++;
                }
                if ((j == le || SegmentRules.trimmable(t.charAt(j))) && !isAbbreviation(t, pieceStart, i, j)) {
                    emit(t, pieceStart, j, bullet, out);
                    bullet = false;
                    pieceStart = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        emit(t, pieceStart, le, bullet, out);
    }

    private boolean isLineStartBullet(String t, int i, int le) {
        char c = t.charAt(i);
        if (rules.bulletAnywhere.contains(c)) {
            return true;
        }
        // "-5" is a number and "--" a rule, not a list item.
        return rules.bulletLineStart.contains(c) && (i + 1 >= le || SegmentRules.trimmable(t.charAt(i + 1)));
    }

    private static int skipMarker(String t, int i, int le) {
        i++;
        while (i < le && t.charAt(i) >= '\uFE00' && t.charAt(i) <= '\uFE0F') {
            i++;
        }
        return i;
    }

    /** A lone '.' after a one-letter word (an initial, "د.") or a listed abbreviation ends no sentence. */
    private boolean isAbbreviation(String t, int pieceStart, int at, int after) {
        if (after - at != 1 || t.charAt(at) != '.') {
            return false;
        }
        int w = at;
        while (w > pieceStart && Character.isLetter(t.charAt(w - 1))) {
            w--;
        }
        return at - w == 1 || (at > w && rules.abbreviations.contains(t, w, at));
    }

    private static void emit(String t, int s, int e, boolean bullet, List<Segment> out) {
        while (s < e && SegmentRules.trimmable(t.charAt(s))) {
            s++;
        }
        while (e > s && SegmentRules.trimmable(t.charAt(e - 1))) {
            e--;
        }
        if (SegmentRules.hasWordChar(t, s, e)) {
            out.add(new Segment(new Span(s, e), bullet ? SegmentKind.BULLET : SegmentKind.SENTENCE));
        }
    }

    /**
     * A line that is a single unpunctuated sentence of few words is a headline when it is the
     * first line, stands between blank lines, or sits short inside otherwise punctuated prose.
     */
    private void markHeadlines(String t, List<Line> lines, List<Segment> out) {
        boolean seenContent = false;
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            if (line.blank) {
                continue;
            }
            boolean first = !seenContent;
            seenContent = true;
            if (line.pieces != 1) {
                continue;
            }
            Segment seg = out.get(line.firstPiece);
            if (seg.kind() != SegmentKind.SENTENCE || endsPunctuated(t, seg.span())) {
                continue;
            }
            int words = countWords(t, seg.span());
            boolean alone = (k == 0 || lines.get(k - 1).blank) && (k + 1 == lines.size() || lines.get(k + 1).blank);
            Line prev = k > 0 ? lines.get(k - 1) : null;
            boolean afterProse = prev != null && !prev.blank && prev.pieces > 0
                    && endsPunctuated(t, out.get(prev.firstPiece + prev.pieces - 1).span());
            if (words <= HEADLINE_WORDS && (first || alone) || words <= SUBHEADING_WORDS && afterProse) {
                out.set(line.firstPiece, new Segment(seg.span(), SegmentKind.HEADLINE));
            }
        }
    }

    private boolean endsPunctuated(String t, Span s) {
        int e = s.end();
        while (e > s.start() && rules.closing.contains(t.charAt(e - 1))) {
            e--;
        }
        if (e == s.start()) {
            return false;
        }
        char c = t.charAt(e - 1);
        return rules.sentenceEnd.contains(c) || rules.speechColon.contains(c) || rules.clauseMark.contains(c);
    }

    private static int countWords(String t, Span s) {
        int words = 0;
        boolean in = false;
        for (int i = s.start(); i < s.end(); i++) {
            boolean space = SegmentRules.trimmable(t.charAt(i));
            if (!space && !in) {
                words++;
            }
            in = !space;
        }
        return words;
    }
}
