package org.isnad.bench.disagreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;
import org.isnad.text.Normaliser;

/**
 * The shape of a time expression, so that a reviewer sees classes rather than instances: the text
 * as Isnad normalises it, lower-cased, with
 * <ul>
 *   <li>every run of digits replaced by as many {@code 9}s ({@code 2015} → {@code 9999}, {@code 8} → {@code 9});</li>
 *   <li>every word or phrase of four closed classes of Isnad's time lexicons replaced by a tag:
 *       {@code MONTH} (Gregorian months of every regional system), {@code HMONTH} (Hijri months),
 *       {@code WEEKDAY}, {@code NUM} (cardinal number words) and {@code ORD} (ordinal ones); a word
 *       carrying a one-letter proclitic keeps it before a plus ({@code و+MONTH});</li>
 *   <li>white space made one space, punctuation kept ({@code 99/9/9999}, {@code 99:99}).</li>
 * </ul>
 * Every other word stays as it is: units, parts of day and relative days are few and tell the
 * classes apart ("3 أيام" and "3 ساعات" are different gaps).
 */
public final class ExpressionShape {
    private static final char DIGIT_PLACEHOLDER = '9';

    private final Normaliser normaliser;
    /** Folded phrase (words joined by one space) → tag. */
    private final Map<String, String> classes = new HashMap<>();
    private final List<String> proclitics;
    private final int longestPhrase;

    public ExpressionShape(LanguagePack pack, Normaliser normaliser) {
        this.normaliser = normaliser;
        for (ResourceFile.Entry e : pack.resource("time/months.tsv").entries()) {
            classes.putIfAbsent(fold(e.field(2)), e.field(0).equals("hijri") ? "HMONTH" : "MONTH");
        }
        for (ResourceFile.Entry e : pack.resource("time/weekdays.tsv").entries()) {
            classes.putIfAbsent(fold(e.field(1)), "WEEKDAY");
        }
        for (ResourceFile.Entry e : pack.resource("grammar/numbers.tsv").entries()) {
            if (!e.field(2).equals("and")) {
                classes.putIfAbsent(fold(e.field(1)), e.field(2).equals("ordinal") ? "ORD" : "NUM");
            }
        }
        classes.remove("");
        proclitics = pack.resource("normalise/proclitics.tsv").entries().stream()
                .map(e -> fold(e.field(0))).filter(p -> !p.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        longestPhrase = classes.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** The shape of an expression's text, as the class comment says. */
    public String of(String expression) {
        List<Piece> pieces = pieces(fold(expression));
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pieces.size()) {
            Piece p = pieces.get(i);
            if (p.spaceBefore() && !out.isEmpty()) {
                out.append(' ');
            }
            if (p.kind() == Kind.DIGITS) {
                out.append(String.valueOf(DIGIT_PLACEHOLDER).repeat(p.text().length()));
                i++;
                continue;
            }
            if (p.kind() == Kind.WORD) {
                Match m = longestClass(pieces, i);
                if (m != null) {
                    out.append(m.proclitic().isEmpty() ? "" : m.proclitic() + "+").append(m.tag());
                    i += m.words();
                    continue;
                }
            }
            out.append(p.text());
            i++;
        }
        return out.toString();
    }

    private enum Kind { WORD, DIGITS, SYMBOL }

    private record Piece(Kind kind, String text, boolean spaceBefore) {
    }

    private record Match(String proclitic, String tag, int words) {
    }

    /** Runs of letters, runs of digits and single other characters, each knowing whether space preceded it. */
    private static List<Piece> pieces(String folded) {
        List<Piece> out = new ArrayList<>();
        int i = 0;
        boolean space = false;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            Kind kind = Character.isDigit(c) ? Kind.DIGITS : isLetter(c) ? Kind.WORD : Kind.SYMBOL;
            i++;
            while (kind != Kind.SYMBOL && i < folded.length()
                    && (kind == Kind.DIGITS ? Character.isDigit(folded.charAt(i)) : isLetter(folded.charAt(i)))) {
                i++;
            }
            out.add(new Piece(kind, folded.substring(start, i), space));
            space = false;
        }
        return out;
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The longest phrase of a class starting at word {@code at}, its first word with or without a proclitic. */
    private Match longestClass(List<Piece> pieces, int at) {
        for (int n = Math.min(longestPhrase, pieces.size() - at); n >= 1; n--) {
            String phrase = phrase(pieces, at, n);
            if (phrase == null) {
                continue;
            }
            String tag = classes.get(phrase);
            if (tag != null) {
                return new Match("", tag, n);
            }
            for (String p : proclitics) {
                if (phrase.startsWith(p) && phrase.length() > p.length() + 1 && phrase.charAt(p.length()) != ' ') {
                    tag = classes.get(phrase.substring(p.length()));
                    if (tag != null) {
                        return new Match(p, tag, n);
                    }
                }
            }
        }
        return null;
    }

    /** Words {@code at … at+n-1} joined by one space, or null when a piece among them is no word
     * or is glued to the one before. */
    private static String phrase(List<Piece> pieces, int at, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = at; k < at + n; k++) {
            Piece p = pieces.get(k);
            if (p.kind() != Kind.WORD || (k > at && !p.spaceBefore())) {
                return null;
            }
            b.append(k > at ? " " : "").append(p.text());
        }
        return b.toString();
    }

    private String fold(String phrase) {
        return normaliser.normalise(phrase).text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
