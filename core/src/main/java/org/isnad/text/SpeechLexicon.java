package org.isnad.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;

/**
 * The words of {@code segment/speech-verbs.tsv} by role, folded like texts: speech verbs, the
 * prefixes they may carry (a conjunction, the article), addressees ("قال لي"), words that end a
 * speaker's name (prepositions, relative pronouns) and heads of source phrases ("مصدر").
 */
final class SpeechLexicon {
    static final String FILE = "segment/speech-verbs.tsv";
    private static final List<String> ROLES = List.of("verb", "prefix", "addressee", "stop", "source");

    private final Set<String> verbs = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final Set<String> addressees = new HashSet<>();
    private final Set<String> stops = new HashSet<>();
    private final Set<String> sources = new HashSet<>();

    SpeechLexicon(LanguagePack pack, Normaliser normaliser) {
        ResourceFile file = pack.resource(FILE);
        for (ResourceFile.Entry e : file.entries()) {
            String word = normaliser.fold(e.field(0).strip());
            String role = e.field(1).strip();
            if (word.isEmpty() || word.indexOf(' ') >= 0) {
                throw file.error(e, "expected one word, found '" + e.field(0) + "'");
            }
            switch (role) {
                case "verb" -> verbs.add(word);
                case "prefix" -> prefixes.add(word);
                case "addressee" -> addressees.add(word);
                case "stop" -> stops.add(word);
                case "source" -> sources.add(word);
                default -> throw file.error(e, "unknown role '" + role + "', expected one of " + ROLES);
            }
        }
    }

    boolean isVerb(String w) {
        return matches(verbs, w);
    }

    boolean isAddressee(String w) {
        return addressees.contains(w);
    }

    boolean isStop(String w) {
        return stops.contains(w);
    }

    boolean isSource(String w) {
        return matches(sources, w);
    }

    /** The word itself, or the word less one or two listed prefixes ("وقال", "والمصدر"). */
    private boolean matches(Set<String> set, String w) {
        if (set.contains(w)) {
            return true;
        }
        for (String p : prefixes) {
            if (w.length() > p.length() + 1 && w.startsWith(p)) {
                String rest = w.substring(p.length());
                if (set.contains(rest)) {
                    return true;
                }
                for (String q : prefixes) {
                    if (rest.length() > q.length() + 1 && rest.startsWith(q) && set.contains(rest.substring(q.length()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
