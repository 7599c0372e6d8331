package org.isnad.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;
import org.isnad.text.Normaliser;

/**
 * A file of rules that make the forms of a word from one of its forms by changing its ending or
 * putting something before it: {@code form<TAB>where<TAB>ending<TAB>replacements}. For each form the
 * first line whose ending the word has applies; "*" matches any word and replaces nothing. Immutable.
 */
final class AffixRules {
    private record Rule(boolean prefix, String ending, List<String> replacements) {
        boolean applies(String word) {
            return ending.equals("*") || word.endsWith(ending);
        }

        List<String> apply(String word) {
            List<String> out = new ArrayList<>();
            for (String r : replacements) {
                if (prefix) {
                    out.add(r + word);
                } else {
                    out.add(ending.equals("*") ? word + r : word.substring(0, word.length() - ending.length()) + r);
                }
            }
            return out;
        }
    }

    private final Map<String, List<Rule>> rules = new LinkedHashMap<>();

    /** Reads {@code path} of the pack; a form not in {@code forms} is an error of the file. */
    AffixRules(LanguagePack pack, Normaliser normaliser, String path, List<String> forms) {
        ResourceFile file = pack.resource(path);
        for (ResourceFile.Entry e : file.entries()) {
            if (e.fields().size() != 4) {
                throw file.error(e, "expected form<TAB>where<TAB>ending<TAB>replacements");
            }
            String form = e.field(0).strip();
            if (!forms.contains(form)) {
                throw file.error(e, "form must be one of " + String.join(", ", forms));
            }
            if (!e.field(1).equals("suffix") && !e.field(1).equals("prefix")) {
                throw file.error(e, "where must be suffix or prefix");
            }
            String ending = e.field(2).strip().equals("*") ? "*" : normaliser.foldPhrase(e.field(2));
            List<String> replacements = new ArrayList<>();
            for (String r : e.field(3).split(",")) {
                replacements.add(normaliser.foldPhrase(r));
            }
            rules.computeIfAbsent(form, k -> new ArrayList<>()).add(new Rule(e.field(1).equals("prefix"), ending, replacements));
        }
    }

    /** The forms the first rule of {@code form} that fits makes of a folded word, or none. */
    List<String> derive(String form, String word) {
        for (Rule r : rules.getOrDefault(form, List.of())) {
            if (r.applies(word)) {
                return r.apply(word);
            }
        }
        return List.of();
    }
}
