package org.isnad.grammar;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;
import org.isnad.text.Normaliser;

/**
 * Makes the forms of a noun from its singular and plurals by the rules of
 * {@code grammar/noun-forms.tsv} (the accusative, the dual, the definite), so that a table of
 * counted nouns lists each noun once and its forms follow from the grammar. Immutable.
 */
public final class NounForms {
    /** The form of a counted noun, as {@code grammar/counting.tsv} names them. */
    public enum Form { SINGULAR, ACCUSATIVE, DUAL, PLURAL }

    /** One written form of a noun: which form it is, and whether it carries the article. */
    public record Written(Form form, boolean definite) {
    }

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
    private final Normaliser normaliser;

    public NounForms(LanguagePack pack, Normaliser normaliser) {
        this.normaliser = normaliser;
        ResourceFile file = pack.resource("grammar/noun-forms.tsv");
        for (ResourceFile.Entry e : file.entries()) {
            if (e.fields().size() != 4) {
                throw file.error(e, "expected form<TAB>where<TAB>ending<TAB>replacements");
            }
            String form = e.field(0).strip();
            if (!List.of("accusative", "dual", "definite", "possessive", "decade").contains(form)) {
                throw file.error(e, "form must be accusative, dual, definite, possessive or decade");
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

    /**
     * Every form of a noun, folded, with what it is: the singular, its accusative and dual, the
     * plurals, and all of these but the accusative with the article. Where two forms are written
     * alike, the earlier in that order is kept ("ساعةً" is written as the singular "ساعة").
     */
    public Map<String, Written> of(String singular, List<String> plurals) {
        Map<Form, List<String>> indefinite = new EnumMap<>(Form.class);
        String sg = normaliser.foldPhrase(singular);
        indefinite.put(Form.SINGULAR, List.of(sg));
        indefinite.put(Form.ACCUSATIVE, derive("accusative", sg));
        indefinite.put(Form.DUAL, derive("dual", sg));
        indefinite.put(Form.PLURAL, plurals.stream().map(normaliser::foldPhrase).toList());
        Map<String, Written> out = new LinkedHashMap<>();
        indefinite.forEach((form, words) -> words.forEach(w -> out.putIfAbsent(w, new Written(form, false))));
        indefinite.forEach((form, words) -> {
            if (form != Form.ACCUSATIVE) {
                words.forEach(w -> derive("definite", w).forEach(d -> out.putIfAbsent(d, new Written(form, true))));
            }
        });
        return out;
    }

    /** The forms one rule of the file makes of a folded word ("decade" of "ستين"), or none. */
    public List<String> derive(String form, String word) {
        for (Rule r : rules.getOrDefault(form, List.of())) {
            if (r.applies(word)) {
                return r.apply(word);
            }
        }
        return List.of();
    }
}
