package org.isnad.grammar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;
import org.isnad.text.Normaliser;

/**
 * The number words of a language ({@code grammar/numbers.tsv}) and the rule that builds compound
 * numbers from them: parts joined by the conjunction add up, a hundred multiplies the unit before
 * it (written apart or joined), a scale word multiplies the group of parts before it or stands for
 * its own value. Digits with a decimal or thousands separator are read too. Immutable.
 */
public final class NumberWords {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+");
    /** What a number word does in a compound. */
    public enum Kind { CARDINAL, ORDINAL, HUNDRED, SCALE, AND, ARTICLE }

    /** One number word: its value alone, what it does, and for an ordinal its gender (m, f or -). */
    public record Word(long value, Kind kind, String gender) {
    }

    /** "3.5", "3,5" (a decimal comma), "1,500" and "12,000,000" (thousands); digits are ASCII once normalised. */
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:[.,]\\d+)?");
    private static final int LONGEST_WORD = 3;

    private final Map<String, Word> words = new HashMap<>();
    private final List<String> conjunctions = new ArrayList<>();
    private final List<String> articles = new ArrayList<>();

    public NumberWords(LanguagePack pack, Normaliser normaliser) {
        ResourceFile file = pack.resource("grammar/numbers.tsv");
        List<String> hundreds = new ArrayList<>();
        for (ResourceFile.Entry e : file.entries()) {
            if (e.fields().size() != 4) {
                throw file.error(e, "expected value<TAB>word<TAB>kind<TAB>gender");
            }
            String gender = e.field(3).strip();
            if (!List.of("m", "f", "-").contains(gender)) {
                throw file.error(e, "gender must be m, f or -");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(e.field(2).strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw file.error(e, "kind must be cardinal, ordinal, hundred, scale, and or article");
            }
            String word = normaliser.foldPhrase(e.field(1));
            if (kind == Kind.AND || kind == Kind.ARTICLE) {
                (kind == Kind.AND ? conjunctions : articles).add(word);
                continue;
            }
            long value;
            try {
                value = Long.parseLong(e.field(0).strip());
            } catch (NumberFormatException ex) {
                throw file.error(e, "not a number: '" + e.field(0) + "'");
            }
            words.putIfAbsent(word, new Word(value, kind, gender));
            if (kind == Kind.HUNDRED) {
                hundreds.add(word);
            }
        }
        // "ثلاثمائة": a unit of 3-9 written joined to the hundred it multiplies, in either of its forms.
        List<Map.Entry<String, Word>> units = words.entrySet().stream()
                .filter(w -> w.getValue().kind() == Kind.CARDINAL && w.getValue().value() >= 3 && w.getValue().value() <= 9)
                .toList();
        for (String h : hundreds) {
            for (Map.Entry<String, Word> u : units) {
                words.putIfAbsent(u.getKey() + h, new Word(u.getValue().value() * words.get(h).value(), Kind.CARDINAL, "-"));
            }
        }
        // The accusative of a one-word cardinal that ends in a consonant takes the tanween's alif
        // ("وخمسا وأربعين دقيقة", "واحدا"); one ending in ة keeps its spelling.
        List<Map.Entry<String, Word>> bare = words.entrySet().stream()
                .filter(w -> w.getValue().kind() == Kind.CARDINAL && w.getValue().value() <= 10 && !w.getKey().contains(" ")
                        && !w.getKey().endsWith("ه") && !w.getKey().endsWith("ا") && !w.getKey().endsWith("ن"))
                .toList();
        for (Map.Entry<String, Word> w : bare) {
            words.putIfAbsent(w.getKey() + "ا", w.getValue());
        }
    }

    /** The words that may be part of a cardinal number (cardinals, hundreds, scales), folded. */
    public List<String> cardinalWords() {
        return words.entrySet().stream().filter(e -> e.getValue().kind() != Kind.ORDINAL).map(Map.Entry::getKey).toList();
    }

    /**
     * The scale words digits may multiply ("10 آلاف", "2.5 مليون", "100 ألف"), folded: each form
     * of a thousand, a million, a billion but the dual, which is a number of its own ("ألفين").
     */
    public List<String> scaleWords() {
        return words.entrySet().stream().filter(e -> e.getValue().kind() == Kind.SCALE && magnitude(e.getValue().value()) == e.getValue().value())
                .map(Map.Entry::getKey).toList();
    }

    /** The words that join the parts of a compound ("و"), folded. */
    public List<String> conjunctions() {
        return List.copyOf(conjunctions);
    }

    /** The articles a part of a definite compound may take after its conjunction ("ال"), folded. */
    public List<String> articles() {
        return List.copyOf(articles);
    }

    /** Every listed word with what it is. */
    public Map<String, Word> words() {
        return Map.copyOf(words);
    }

    /** One listed word, or null. */
    public Word word(String folded) {
        return words.get(folded);
    }

    /**
     * The value of a folded number phrase: digits ("3.5", "1,500") or a compound of cardinal words
     * ("أربع وعشرين" 24, "مئة وخمسين ألف" 150000); null when it is not one.
     */
    public BigDecimal value(String folded) {
        String s = folded.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (DIGITS.matcher(s).matches()) {
            return digits(s);
        }
        String[] tokens = SPACES.split(s);
        if (tokens.length == 2 && DIGITS.matcher(tokens[0]).matches() && scaleWords().contains(tokens[1])) {
            // Digits then the scale they count, in whatever case news gives it: "10 آلاف" is 10000.
            BigDecimal n = digits(tokens[0]).multiply(BigDecimal.valueOf(words.get(tokens[1]).value())).stripTrailingZeros();
            return n.scale() < 0 ? n.setScale(0) : n; // 2.5 million is 2500000, not 2.5E+6
        }
        List<Word> parts = parts(tokens);
        return parts == null ? null : compose(parts);
    }

    private static BigDecimal digits(String s) {
        if (GROUPED.matcher(s).matches()) {
            return new BigDecimal(s.replace(",", ""));
        }
        return new BigDecimal(s.replace(',', '.'));
    }

    /** The words of a phrase, longest listed word first at each place; a conjunction may be glued on. */
    private List<Word> parts(String[] tokens) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        boolean joined = true;
        while (i < tokens.length) {
            if (conjunctions.contains(tokens[i])) {
                i++;
                joined = true;
                continue;
            }
            Word w = null;
            int taken = 0;
            for (int n = Math.min(LONGEST_WORD, tokens.length - i); n >= 1 && w == null; n--) {
                String phrase = String.join(" ", java.util.Arrays.asList(tokens).subList(i, i + n));
                w = cardinal(phrase);
                if (w == null) {
                    String bare = withoutConjunction(phrase);
                    w = bare == null ? null : cardinal(bare);
                    joined |= w != null;
                }
                if (w == null && !out.isEmpty()) {
                    w = definite(phrase, conjunctions.contains(tokens[i - 1]));
                    joined |= w != null;
                }
                taken = n;
            }
            if (w == null || !joined && !out.isEmpty() && w.kind() == Kind.CARDINAL && out.get(out.size() - 1).kind() == Kind.CARDINAL) {
                return null;
            }
            out.add(w);
            i += taken;
            joined = false;
        }
        return out.isEmpty() ? null : out;
    }

    private Word cardinal(String phrase) {
        Word w = words.get(phrase);
        return w == null || w.kind() == Kind.ORDINAL ? null : w;
    }

    /**
     * "والعشرين" after "الأربع": a later part of a definite compound takes the article too, after
     * its conjunction (glued, or written apart when {@code afterConjunction}).
     */
    private Word definite(String phrase, boolean afterConjunction) {
        String glued = withoutConjunction(phrase);
        for (String rest : afterConjunction ? new String[] {phrase, glued} : new String[] {glued}) {
            for (String a : rest == null ? List.<String>of() : articles) {
                if (rest.length() > a.length() + 1 && rest.startsWith(a)) {
                    Word w = cardinal(rest.substring(a.length()));
                    if (w != null) {
                        return w;
                    }
                }
            }
        }
        return null;
    }

    private String withoutConjunction(String phrase) {
        for (String c : conjunctions) {
            if (phrase.length() > c.length() + 1 && phrase.startsWith(c)) {
                return phrase.substring(c.length());
            }
        }
        return null;
    }

    /**
     * Adds up the parts: units before tens ("أربع وعشرين"), tens or units after hundreds, a hundred
     * multiplying the unit before it, a scale multiplying the group before it. Null when the parts
     * cannot make one number ("ثلاثة أربعة").
     */
    private static BigDecimal compose(List<Word> parts) {
        long total = 0;
        long group = 0;
        long lastScale = Long.MAX_VALUE;
        for (Word w : parts) {
            long v = w.value();
            switch (w.kind()) {
                case CARDINAL -> {
                    if (!fits(group, v)) {
                        return null;
                    }
                    group += v;
                }
                case HUNDRED -> {
                    if (group >= 10) {
                        return null;
                    }
                    group = (group == 0 ? 1 : group) * v;
                }
                case SCALE -> {
                    long unit = magnitude(v);
                    if (unit >= lastScale) {
                        return null;
                    }
                    total += group == 0 ? v : group * unit;
                    group = 0;
                    lastScale = unit;
                }
                default -> {
                    return null;
                }
            }
        }
        return BigDecimal.valueOf(total + group);
    }

    /** Whether a part may be added to the group so far: into an empty place of the number. */
    private static boolean fits(long group, long v) {
        if (group == 0) {
            return true;
        }
        long belowHundred = group % 100;
        if (v >= 100) {
            return false;
        }
        if (belowHundred == 0) {
            return true; // "مئة وخمسين"
        }
        // "أربع وعشرين": a unit, then its tens.
        return belowHundred < 10 && v >= 20 && v % 10 == 0;
    }

    private static long magnitude(long v) {
        long m = 1;
        while (m * 10 <= v) {
            m *= 10;
        }
        return m;
    }
}
