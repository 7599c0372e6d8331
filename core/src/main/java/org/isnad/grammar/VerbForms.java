package org.isnad.grammar;

import java.util.List;
import org.isnad.lang.LanguagePack;
import org.isnad.text.Normaliser;

/**
 * Makes the other persons of a verb from the form a cue list names it by, by the rules of
 * {@code grammar/verb-forms.tsv}, so that a list of cue verbs names each verb once ("وصل") and
 * reads it in every person news tells it in ("وصلت", "وصلا", "وصلوا"). Immutable.
 */
public final class VerbForms {
    private final AffixRules rules;
    private final Normaliser normaliser;

    public VerbForms(LanguagePack pack, Normaliser normaliser) {
        this.normaliser = normaliser;
        this.rules = new AffixRules(pack, normaliser, "grammar/verb-forms.tsv", List.of("perfect"));
    }

    /** The folded third persons of the perfect of a verb given as its "he" form ("وصل"), that form first. */
    public List<String> perfect(String verb) {
        String he = normaliser.foldPhrase(verb);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(he), rules.derive("perfect", he).stream()).toList();
    }
}
