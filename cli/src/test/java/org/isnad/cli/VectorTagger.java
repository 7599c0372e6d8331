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
import org.isnad.time.Field;
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

    /**
     * The expressions of a vector's text. The suites write every time in their reference's zone, so
     * a value the engine gives in a zone the text names ("…T14:00+00:00", said "بتوقيت غرينتش") is
     * compared as that instant in the reference's zone; one whose offset the engine took from a
     * place the sentence names ("في هافانا الساعة 12:00") is the wall-clock time the text says, as
     * the suites, which know no places, write it.
     */
    List<Timex> tag(String text, LocalDateTime reference, String profile, ZoneOffset zone) {
        ResolutionPolicy policy = policies.computeIfAbsent(profile, p -> ResolutionPolicy.load(pack, p));
        return tagger.tag(text, new TimeContext(null, reference, StoryCalendar.UNKNOWN, policy, zone)).stream()
                .map(t -> {
                    ZoneOffset to = namedZone(t) ? zone : null;
                    return t.withResolution(t.type(), inZone(t.value(), to), inZone(t.earliest(), to), inZone(t.latest(), to),
                            t.anchor(), t.note());
                })
                .toList();
    }

    /** Whether the text names the zone of this time itself, rather than the engine taking it from a place. */
    private static boolean namedZone(Timex t) {
        Object said = t.fields() == null ? null : t.fields().get(Field.ZONE, Object.class);
        return said != null && !"local".equals(said);
    }

    private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile(
            "(?<at>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(?::\\d\\d)?)(?<offset>[+-]\\d\\d:\\d\\d|Z)");

    private static String inZone(String v, ZoneOffset zone) {
        if (v == null) {
            return null;
        }
        java.util.regex.Matcher m = OFFSET.matcher(v);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(m.group("at") + m.group("offset"));
            // With no zone to turn to, the wall-clock time as said.
            String local = zone == null ? m.group("at") : at.withOffsetSameInstant(zone).toLocalDateTime().toString();
            m.appendReplacement(out, local.length() > 16 && local.endsWith(":00") && m.group("at").length() == 16 ? local.substring(0, 16) : local);
        }
        m.appendTail(out);
        return out.toString();
    }

    Normaliser normaliser() {
        return normaliser;
    }

    TimexTagger tagger() {
        return tagger;
    }
}
