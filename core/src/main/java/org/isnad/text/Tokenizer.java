package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a normalised view into word tokens: maximal runs of letters and digits. */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** The tokens of the normalised range {@code [from, to)}. */
    public static List<Token> tokens(NormalisedText view, int from, int to) {
        String t = view.text();
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isWordChar(t.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && isWordChar(t.charAt(i))) {
                i++;
            }
            out.add(new Token(t.substring(start, i).toLowerCase(Locale.ROOT), view.originalSpan(start, i), start, i));
        }
        return out;
    }

    /** The word forms of a phrase, folded the same way as the text they are matched against. */
    public static List<String> forms(Normaliser normaliser, String phrase) {
        NormalisedText view = normaliser.normalise(phrase);
        return tokens(view, 0, view.text().length()).stream().map(Token::form).toList();
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
