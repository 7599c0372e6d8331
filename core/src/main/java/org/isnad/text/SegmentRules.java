package org.isnad.text;

import java.util.HashMap;
import java.util.Map;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;

/**
 * The punctuation, bullets and quote marks the Segmenter reads, as char tables, parsed once from
 * {@code segment/punctuation.tsv}, {@code segment/bullets.tsv} and {@code segment/quote-marks.tsv}.
 */
final class SegmentRules {
    static final String PUNCTUATION = "segment/punctuation.tsv";
    static final String BULLETS = "segment/bullets.tsv";
    static final String QUOTE_MARKS = "segment/quote-marks.tsv";

    final CharClass sentenceEnd;
    final CharClass fullStop;
    final CharClass clauseMark;
    final CharClass speechColon;
    final CharClass closing;
    final WordList abbreviations = new WordList();
    final CharClass bulletAnywhere;
    final CharClass bulletLineStart;
    final CharClass quoteOpen = new CharClass();
    final CharClass quoteClose = new CharClass();
    /** For each opening mark, the marks that close it. */
    private final Map<Character, String> closers = new HashMap<>();

    SegmentRules(LanguagePack pack) {
        ResourceFile punct = pack.resource(PUNCTUATION);
        checkRoles(punct, "sentence-end", "full-stop", "clause", "speech-colon", "closing", "abbreviation");
        sentenceEnd = CharClass.of(punct, "sentence-end");
        fullStop = CharClass.of(punct, "full-stop");
        clauseMark = CharClass.of(punct, "clause");
        speechColon = CharClass.of(punct, "speech-colon");
        closing = CharClass.of(punct, "closing");
        for (ResourceFile.Entry e : punct.entries()) {
            if (e.field(1).strip().equals("abbreviation")) {
                abbreviations.add(e.field(0).strip());
            }
        }
        ResourceFile bullets = pack.resource(BULLETS);
        checkRoles(bullets, "anywhere", "line-start");
        bulletAnywhere = CharClass.of(bullets, "anywhere");
        bulletLineStart = CharClass.of(bullets, "line-start");
        ResourceFile quotes = pack.resource(QUOTE_MARKS);
        for (ResourceFile.Entry e : quotes.entries()) {
            char[] open = CharSpec.chars(quotes, e, 0);
            char[] close = CharSpec.chars(quotes, e, 1);
            if (open.length != 1 || close.length != 1) {
                throw quotes.error(e, "expected one opening and one closing char");
            }
            quoteOpen.add(open[0]);
            quoteClose.add(close[0]);
            closers.merge(open[0], String.valueOf(close[0]), String::concat);
        }
    }

    private static void checkRoles(ResourceFile file, String... roles) {
        for (ResourceFile.Entry e : file.entries()) {
            String role = e.field(1).strip();
            if (!java.util.Arrays.asList(roles).contains(role)) {
                throw file.error(e, "unknown role '" + role + "', expected one of " + String.join(", ", roles));
            }
        }
    }

    boolean closes(char open, char close) {
        String s = closers.get(open);
        return s != null && s.indexOf(close) >= 0;
    }

    /** Spaces and invisible chars that a segment never starts or ends with. */
    static boolean trimmable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || (c >= '\uFE00' && c <= '\uFE0F');
    }

    static boolean hasWordChar(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
