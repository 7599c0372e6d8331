package org.isnad.text;

import org.isnad.lang.LanguagePack;

/** Folds a text for matching. (Placeholder: identity until the real folding lands.) */
public final class Normaliser {
    public Normaliser(LanguagePack pack) {
    }

    public NormalisedText normalise(String text) {
        return NormalisedText.identity(text);
    }
}
