package org.isnad.text;

import java.text.Normalizer;
import java.util.List;
import org.isnad.lang.ResourceFile;

/**
 * What each UTF-16 char becomes when folded for matching: itself, another char, nothing, or
 * several chars (a ligature). A flat table indexed by char, so folding costs one lookup per char.
 *
 * <p>Built from fold files ({@code source TAB target [TAB note]}), later lines overriding earlier
 * ones. A target is literal text, {@code U+XXXX ...}, {@code DROP}, or {@code NFKC}: the char's
 * Unicode compatibility form, itself folded again (so a lam-alef ligature ends as lam + alef).
 * Every target is folded through the table until stable, so files need not know one another.
 */
final class FoldTable {
    static final String DROP = "DROP";
    static final String NFKC = "NFKC";
    private static final int SIZE = 0x10000;
    private static final int MAX_DEPTH = 4;

    private static final byte KEEP = 0;
    private static final byte MAP = 1;
    private static final byte REMOVE = 2;
    private static final byte EXPAND = 3;

    private final byte[] action = new byte[SIZE];
    private final char[] single = new char[SIZE];
    private final String[] expansion = new String[SIZE];

    FoldTable(List<ResourceFile> files) {
        String[] target = new String[SIZE];
        boolean[] compat = new boolean[SIZE];
        for (ResourceFile file : files) {
            for (ResourceFile.Entry e : file.entries()) {
                char[] from = CharSpec.chars(file, e, 0);
                String spec = e.field(1).strip();
                if (spec.isEmpty()) {
                    throw file.error(e, "missing target (use DROP to remove a char)");
                }
                for (char c : from) {
                    compat[c] = spec.equals(NFKC);
                    target[c] = spec.equals(DROP) ? "" : compat[c] ? null : CharSpec.text(file, e, spec);
                }
            }
        }
        for (int c = 0; c < SIZE; c++) {
            if (compat[c]) {
                String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
                target[c] = nfkc.equals(String.valueOf((char) c)) ? null : nfkc;
            }
        }
        for (int c = 0; c < SIZE; c++) {
            if (target[c] == null) {
                continue;
            }
            String folded = resolve(target, target[c], 0);
            // A compatibility form of a lone mark decomposes to space + mark: it is a mark, drop it.
            if (compat[c] && folded.isBlank() && !Character.isWhitespace(c)) {
                folded = "";
            }
            set((char) c, folded);
        }
    }

    private static String resolve(String[] target, String s, int depth) {
        if (depth >= MAX_DEPTH) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(target[c] == null || target[c].equals(String.valueOf(c)) ? String.valueOf(c) : resolve(target, target[c], depth + 1));
        }
        return sb.toString();
    }

    private void set(char c, String to) {
        if (to.isEmpty()) {
            action[c] = REMOVE;
        } else if (to.length() == 1) {
            if (to.charAt(0) != c) {
                action[c] = MAP;
                single[c] = to.charAt(0);
            }
        } else {
            action[c] = EXPAND;
            expansion[c] = to;
        }
    }

    /** Appends the folded form of {@code c} to {@code sink}, with {@code origin} as its original index. */
    void fold(char c, int origin, Sink sink) {
        switch (action[c]) {
            case KEEP -> sink.accept(c, origin);
            case MAP -> sink.accept(single[c], origin);
            case REMOVE -> {
            }
            default -> {
                String s = expansion[c];
                for (int i = 0; i < s.length(); i++) {
                    sink.accept(s.charAt(i), origin);
                }
            }
        }
    }

    /** The folded form of a whole string, for folding word lists the same way as texts. */
    String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            fold(s.charAt(i), i, (c, origin) -> sb.append(c));
        }
        return sb.toString();
    }

    /** Receives folded chars. */
    interface Sink {
        void accept(char c, int origin);
    }
}
