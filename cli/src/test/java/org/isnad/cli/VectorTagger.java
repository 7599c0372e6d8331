package org.isnad.cli;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.model.StoryCalendar;
import org.isnad.text.Normaliser;
import org.isnad.time.ResolutionPolicy;
import org.isnad.time.TimeContext;
import org.isnad.time.Timex;
import org.isnad.time.TimexTagger;

/**
 * The Arabic time tagger as the test-vector tests run it: one text on its own, against a "now" and
 * the conventions (a profile of {@code time/policies.tsv}) of the suite the text comes from.
 */
final class VectorTagger {
    private final ArabicLanguagePack pack = new ArabicLanguagePack();
    private final Normaliser normaliser = new Normaliser(pack);
    private final TimexTagger tagger = new TimexTagger(pack, normaliser);
    private final Map<String, ResolutionPolicy> policies = new HashMap<>();

    List<Timex> tag(String text, LocalDateTime reference, String profile, ZoneOffset zone) {
        ResolutionPolicy policy = policies.computeIfAbsent(profile, p -> ResolutionPolicy.load(pack, p));
        return tagger.tag(text, new TimeContext(null, reference, StoryCalendar.UNKNOWN, policy, zone));
    }

    Normaliser normaliser() {
        return normaliser;
    }

    TimexTagger tagger() {
        return tagger;
    }
}
