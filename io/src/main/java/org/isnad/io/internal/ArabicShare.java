package org.isnad.io.internal;

/**
 * Letter statistics that tell real Arabic text from legacy-charset noise. A single-byte decoder turns
 * any bytes into some characters, so only the result can show whether the charset was right.
 */
record ArabicShare(int letters, int arabicLetters, int nonSpace) {
    /** Enough Arabic letters to judge at all; a couple of bytes prove nothing. */
    static final int MIN_ARABIC_LETTERS = 3;
    /** Share of letters that must be Arabic (the rest may be Latin names, acronyms). */
    static final double MIN_ARABIC_SHARE = 0.6;
    /** Prose is mostly letters; decoded noise is mostly symbols. */
    static final double MIN_LETTER_SHARE = 0.5;

    static ArabicShare of(String text) {
        int letters = 0;
        int arabic = 0;
        int nonSpace = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            nonSpace++;
            if (Character.isLetter(c)) {
                letters++;
                if (c >= '\u0600' && c <= '\u06FF') {
                    arabic++;
                }
            }
        }
        return new ArabicShare(letters, arabic, nonSpace);
    }

    double arabicShare() {
        return letters == 0 ? 0 : (double) arabicLetters / letters;
    }

    boolean looksArabic() {
        return arabicLetters >= MIN_ARABIC_LETTERS
                && arabicShare() >= MIN_ARABIC_SHARE
                && letters >= MIN_LETTER_SHARE * nonSpace;
    }
}
