package org.isnad.grammar;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.lang.LanguagePack;
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

    private final AffixRules rules;
    private final Normaliser normaliser;

    public NounForms(LanguagePack pack, Normaliser normaliser) {
        this.normaliser = normaliser;
        this.rules = new AffixRules(pack, normaliser, "grammar/noun-forms.tsv", List.of("accusative", "dual", "definite", "possessive", "decade"));
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
        return rules.derive(form, word);
    }
}
