package org.isnad.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.pipeline.AnalysedReport;

/**
 * The time zone a run is about: the zone of the places its reports name most often
 * ({@code place/zones.tsv}), at the offset in force on the story's last day.
 */
public final class StoryZone {
    private final PlaceZones places;

    public StoryZone(TimexTagger tagger) {
        this.places = tagger.placeZones();
    }

    /** The offset ("+03:00") of the run's most named zone on {@code day}, or null when no place is named. */
    public String offsetOf(List<AnalysedReport> reports, LocalDate day) {
        return offsetOfTexts(reports.stream().map(r -> r.normalised().text()).toList(), day);
    }

    /** The same for normalised texts. */
    public String offsetOfTexts(List<String> normalisedTexts, LocalDate day) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : normalisedTexts) {
            for (PlaceZones.Mention m : places.mentions(text)) {
                counts.merge(m.zone(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> format(ZoneId.of(e.getKey()).getRules().getOffset((day == null ? LocalDate.of(2000, 1, 1) : day).atTime(12, 0))))
                .orElse(null);
    }

    static String format(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
    }
}
