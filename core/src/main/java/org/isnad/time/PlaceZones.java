package org.isnad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.model.Span;

/**
 * Where a text's places are and which time zone each keeps ({@code place/zones.tsv}), and the zone
 * of a report's dateline ("غزة - ", "تونس (وكالات) -"): a clock time keeps the zone of the place
 * its sentence names, else of its report's dateline, else the run's.
 */
public final class PlaceZones {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A place named in a normalised text and its zone id. */
    public record Mention(int start, int end, String zone) {
    }

    /** How far into a report its dateline may start (a title and a byline may come first). */
    private static final int DATELINE_REACH = 400;

    private final Map<String, String> zoneOfPlace;
    private final PlaceNames places;
    private final Pattern dateline;

    PlaceZones(TimeLexicon lexicon) {
        this.zoneOfPlace = lexicon.placeZones;
        // A place may carry a one-letter proclitic (في دمشق، بدمشق، لسوريا); looked up word by word,
        // as this runs over every sentence that holds a time (issue 6).
        this.places = new PlaceNames(zoneOfPlace.keySet(), lexicon.proclitics);
        String marks = lexicon.around.datelineMarks.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        // A line that opens with a place, maybe an agency in brackets, then a dash: "دمشق (وكالات) -".
        this.dateline = Pattern.compile("(?m)^[\\s\\p{P}]*(?<place>" + AlternationTrie.of(zoneOfPlace.keySet()) + ")\\s*(?:\\([^()\\n]{0,40}\\)\\s*)?(?:" + marks + ")");
    }

    public List<Mention> mentions(String normalisedText) {
        return mentions(normalisedText, List.of(new Span(0, normalisedText.length())));
    }

    /** The places named inside {@code stretches} (sorted, disjoint) of a text, in order. */
    public List<Mention> mentions(String normalisedText, List<Span> stretches) {
        List<Mention> out = new ArrayList<>();
        places.find(normalisedText, stretches, f -> out.add(new Mention(f.start(), f.end(), zoneOfPlace.get(f.name()))));
        return out;
    }

    /** The zone of the dateline at the head of a report, or null. */
    public String datelineZone(String normalisedText) {
        Matcher m = dateline.matcher(normalisedText);
        m.region(0, Math.min(normalisedText.length(), DATELINE_REACH));
        return m.find() ? zoneOfPlace.get(SPACES.matcher(m.group("place")).replaceAll(" ")) : null;
    }

    /**
     * The zone of the place named in {@code sentence} nearest before the expression (else after it),
     * or null when the sentence names none. Mentions are in text order.
     */
    public static String zoneInSentence(List<Mention> mentions, Span sentence, Span expression) {
        Mention before = null;
        Mention after = null;
        // Only the mentions that start inside the sentence, found by binary search: a report naming
        // places every few words stays linear (issue 6).
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < sentence.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < mentions.size() && mentions.get(i).start() < sentence.end(); i++) {
            Mention m = mentions.get(i);
            // A place word inside the expression is part of it ("قبل المغرب" is before sunset).
            boolean inside = m.start() < expression.end() && expression.start() < m.end();
            if (m.end() > sentence.end() || inside) {
                continue;
            }
            if (m.end() <= expression.start()) {
                before = m;
            } else if (after == null) {
                after = m;
            }
        }
        return before != null ? before.zone() : after != null ? after.zone() : null;
    }
}
