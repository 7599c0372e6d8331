package org.isnad.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;

/**
 * Folds a text for matching, in one pass, keeping a map back to the original.
 *
 * <ul>
 *   <li>every resource under {@code normalise/fold/} is a {@link FoldTable} file (marks dropped,
 *       letter variants and look-alikes unified, digits made ASCII, controls removed);</li>
 *   <li>{@code normalise/word-chars.tsv} names the letters of the language: a space is inserted
 *       where such a letter meets a digit ("ب24" → "ب 24");</li>
 *   <li>{@code normalise/glue-words.tsv} (with {@code normalise/proclitics.tsv}) lists words that
 *       are split apart when a token is nothing but them run together ("نوفمبرتشرين").</li>
 *   <li>{@code normalise/stand-alone.tsv} names joining chars that mean something else when no
 *       letter touches them (a run of tatweel between spaces is a dash).</li>
 *   <li>{@code normalise/compound-joiners.tsv} names chars that read as a space between two letters
 *       ("منتصف-الليل").</li>
 * </ul>
 * An inserted space maps to the original index of the char that follows it. Each instance reads
 * the pack once; instances are immutable and thread-safe.
 */
public final class Normaliser {
    static final String FOLD_FOLDER = "normalise/fold/";
    static final String WORD_CHARS = "normalise/word-chars.tsv";
    static final String GLUE_WORDS = "normalise/glue-words.tsv";
    static final String PROCLITICS = "normalise/proclitics.tsv";
    static final String STAND_ALONE = "normalise/stand-alone.tsv";
    static final String COMPOUND_JOINERS = "normalise/compound-joiners.tsv";

    private static final int OTHER = 0;
    private static final int LETTER = 1;
    private static final int DIGIT = 2;

    private final FoldTable folds;
    private final CharClass letters;
    private final GlueSplitter glue;
    private final StandAloneChars standAlone;
    private final CharClass joiners;

    public Normaliser(LanguagePack pack) {
        List<ResourceFile> foldFiles = new ArrayList<>();
        for (String name : pack.resourceNames()) {
            if (name.startsWith(FOLD_FOLDER)) {
                foldFiles.add(pack.resource(name));
            }
        }
        this.folds = new FoldTable(foldFiles);
        this.letters = optional(pack, WORD_CHARS) ? CharClass.of(pack.resource(WORD_CHARS), null) : new CharClass();
        this.glue = new GlueSplitter(wordList(pack, GLUE_WORDS), wordList(pack, PROCLITICS));
        this.standAlone = optional(pack, STAND_ALONE) ? StandAloneChars.of(pack.resource(STAND_ALONE)) : StandAloneChars.NONE;
        this.joiners = optional(pack, COMPOUND_JOINERS) ? CharClass.of(pack.resource(COMPOUND_JOINERS), null) : new CharClass();
    }

    private static boolean optional(LanguagePack pack, String name) {
        return pack.resourceNames().contains(name);
    }

    private WordList wordList(LanguagePack pack, String name) {
        WordList list = new WordList();
        if (optional(pack, name)) {
            ResourceFile file = pack.resource(name);
            for (ResourceFile.Entry e : file.entries()) {
                String word = folds.fold(e.field(0).strip());
                if (word.isEmpty()) {
                    throw file.error(e, "empty word");
                }
                list.add(word);
            }
        }
        return list;
    }

    /** Folds a word or phrase the way texts are folded (for building word lists elsewhere). */
    public String fold(String word) {
        return normalise(word).text();
    }

    /** A phrase of a word list folded like the text, trimmed, runs of spaces made one, in lower case. */
    public String foldPhrase(String phrase) {
        return fold(phrase).strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    public NormalisedText normalise(String text) {
        Builder b = new Builder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String free = standAlone.target(c);
            if (free != null) {
                int end = StandAloneChars.runEnd(text, i);
                if (StandAloneChars.freeOfLetters(text, i, end)) {
                    for (int k = 0; k < free.length(); k++) {
                        b.accept(free.charAt(k), i);
                    }
                    i = end - 1;
                    continue;
                }
            }
            folds.fold(c, i, b);
        }
        b.endToken();
        return b.build(text);
    }

    private int classOf(char c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        return letters.contains(c) ? LETTER : OTHER;
    }

    /** Collects folded chars and their origins; splits tokens as they close. */
    private final class Builder implements FoldTable.Sink {
        private final StringBuilder out;
        private int[] map;
        private int previous = OTHER;
        private int tokenStart = -1;

        Builder(int capacity) {
            out = new StringBuilder(capacity + 8);
            map = new int[capacity + 9];
        }

        @Override
        public void accept(char c, int origin) {
            int cls = classOf(c);
            if (cls != LETTER) {
                endToken();
            }
            if ((previous == LETTER && cls == DIGIT) || (previous == DIGIT && cls == LETTER)) {
                append(' ', origin);
            }
            int len = out.length();
            if (cls == LETTER && previous == OTHER && len >= 2 && joiners.contains(out.charAt(len - 1)) && letters.contains(out.charAt(len - 2))) {
                out.setCharAt(len - 1, ' '); // a compound's joiner between two letters: two words
            }
            if (cls == LETTER && tokenStart < 0) {
                tokenStart = out.length();
            }
            append(c, origin);
            previous = cls;
        }

        void endToken() {
            if (tokenStart < 0) {
                return;
            }
            int[] cuts = glue.splits(out, tokenStart, out.length());
            // From the right, so earlier cut positions stay valid.
            for (int k = cuts.length - 1; k >= 0; k--) {
                insertSpace(cuts[k]);
            }
            tokenStart = -1;
        }

        private void append(char c, int origin) {
            ensure(out.length() + 2);
            map[out.length()] = origin;
            out.append(c);
        }

        private void insertSpace(int at) {
            int len = out.length();
            ensure(len + 2);
            System.arraycopy(map, at, map, at + 1, len - at);
            out.insert(at, ' ');
        }

        private void ensure(int size) {
            if (map.length < size) {
                map = Arrays.copyOf(map, Math.max(size, map.length * 2));
            }
        }

        NormalisedText build(String original) {
            int len = out.length();
            int[] exact = Arrays.copyOf(map, len + 1);
            exact[len] = original.length();
            return new NormalisedText(original, out.toString(), exact);
        }
    }
}
