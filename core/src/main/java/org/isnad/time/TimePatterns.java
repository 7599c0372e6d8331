package org.isnad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;
import org.isnad.text.Normaliser;

/** Reads {@code time/patterns.tsv}: folds its words like the text, expands lexicon names, compiles. */
final class TimePatterns {
    private static final Pattern MACRO = Pattern.compile("\\{(?<name>[a-z][a-z0-9]*)}");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<(?<name>[a-zA-Z][a-zA-Z0-9]*)>");
    /** A match ends at a word boundary. */
    private static final String CLOSE = ")(?![\\p{L}\\p{N}])";

    private TimePatterns() {
    }

    private static String withFragments(String source, java.util.Map<String, String> fragments) {
        StringBuilder out = new StringBuilder();
        Matcher m = MACRO.matcher(source);
        while (m.find()) {
            String fragment = fragments.get(m.group("name"));
            m.appendReplacement(out, Matcher.quoteReplacement(fragment == null ? m.group() : fragment));
        }
        m.appendTail(out);
        return out.toString();
    }

    static List<TimePattern> load(LanguagePack pack, Normaliser normaliser, TimeLexicon lexicon) {
        ResourceFile file = pack.resource("time/patterns.tsv");
        List<TimePattern> out = new ArrayList<>();
        // A match starts at a word boundary, or after a one-letter proclitic glued to it (وأمس),
        // which stays outside the span.
        String open = "(?:(?<![\\p{L}\\p{N}])|(?<=(?<![\\p{L}\\p{N}])" + lexicon.procliticClass() + "))(?:";
        java.util.Map<String, String> fragments = new java.util.HashMap<>();
        MatchPrefixes.Cache prefixCache = new MatchPrefixes.Cache();
        for (ResourceFile.Entry e : file.entries()) {
            if (e.fields().size() != 3) {
                throw file.error(e, "expected name<TAB>kind<TAB>regex");
            }
            // A fragment is a named piece of pattern that later lines use as {name}: written once.
            String folded = withFragments(normaliser.normalise(e.field(2)).text(), fragments);
            if (e.field(1).equals("fragment")) {
                fragments.put(e.field(0), folded);
                continue;
            }
            TimePattern.Kind kind;
            try {
                kind = TimePattern.Kind.valueOf(e.field(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw file.error(e, "kind must be point, weak, duration, relative, zone or fragment");
            }
            StringBuilder body = new StringBuilder();
            Matcher m = MACRO.matcher(folded);
            while (m.find()) {
                String alt;
                try {
                    alt = LexiconMacros.alternation(lexicon, m.group("name"));
                } catch (IllegalArgumentException ex) {
                    throw file.error(e, ex.getMessage());
                }
                m.appendReplacement(body, Matcher.quoteReplacement(alt));
            }
            m.appendTail(body);
            List<String> groups = new ArrayList<>();
            Matcher g = GROUP.matcher(body);
            while (g.find()) {
                groups.add(g.group("name"));
            }
            try {
                LeadingLookbehinds split = LeadingLookbehinds.of(body.toString());
                int flags = hasLatinLetters(body.toString()) ? Pattern.CASE_INSENSITIVE : 0;
                Pattern regex = Pattern.compile(open + split.rest() + CLOSE, flags);
                Pattern guard = split.lookbehinds().isEmpty() ? null : Pattern.compile(split.lookbehinds(), flags);
                MatchPrefixes prefixes = MatchPrefixes.of(split.rest(), flags != 0, prefixCache);
                out.add(new TimePattern(e.field(0), kind, regex, guard, prefixes, List.copyOf(groups), out.size(), folded));
            } catch (PatternSyntaxException ex) {
                throw file.error(e, "bad regex: " + ex.getDescription());
            }
        }
        return out;
    }

    /**
     * Whether the regex names a Latin letter (an English month name): only then does it need case
     * folding, which makes every literal slower to compare. Escapes and group names are ASCII too.
     */
    static boolean hasLatinLetters(String regex) {
        return RegexSyntax.literalText(regex).chars().anyMatch(c -> c < 0x80 && Character.isLetter(c));
    }
}
