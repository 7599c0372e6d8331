package org.isnad.time;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.StoryCalendar;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.CorpusStage;
import org.isnad.pipeline.Run;

/**
 * The run's story calendar: collects the complete dates the reports establish (the span of the
 * story, and the weekdays named with a date), settles the run's time zone, and resolves every
 * report's expressions again with them, so that what one report leaves open another can settle.
 * Small, and runs once per run.
 */
public final class StoryCalendarStage implements CorpusStage {
    /** Dates further than this from the median of the run's dates are background, not the story. */
    private static final long STORY_REACH_DAYS = 60;

    private final TimexTagger tagger;
    private final ResolutionPolicy policy;
    private final StoryZone zones;
    private final String forcedZone;

    /** @param forcedZone the offset the user gave (--timezone), or null to let the places decide */
    public StoryCalendarStage(TimexTagger tagger, ResolutionPolicy policy, String forcedZone) {
        this.tagger = tagger;
        this.policy = policy;
        this.zones = new StoryZone(tagger);
        this.forcedZone = forcedZone;
    }

    @Override
    public Run apply(Run run) {
        StoryCalendar story = calendar(run.reports());
        String zone = forcedZone;
        if (zone == null) {
            zone = zones.offsetOf(run.reports(), story.latest());
        }
        if (zone == null) {
            zone = "+00:00";
        }
        ZoneOffset offset = ZoneOffset.of(zone.equals("Z") ? "+00:00" : zone);
        List<AnalysedReport> out = new ArrayList<>();
        for (AnalysedReport r : run.reports()) {
            TimeContext ctx = TimeStage.context(r, policy).withStory(story, offset);
            out.add(r.withTimexes(tagger.resolve(r.timexes(), ctx)));
        }
        return new Run(out, story, zone);
    }

    static StoryCalendar calendar(List<AnalysedReport> reports) {
        List<LocalDate> dates = new ArrayList<>();
        Map<Integer, Set<LocalDate>> weekdays = new HashMap<>();
        int giving = 0;
        for (AnalysedReport r : reports) {
            int before = dates.size();
            for (Timex t : r.timexes()) {
                LocalDate d = TimexValues.dayOf(t.value());
                // A deadline or a day looked ahead to ("حتى يوم الثلاثاء 3/11/1436هـ") is not a day
                // the story has reached.
                if (d == null || !TimexResolver.EXPLICIT.equals(t.anchor()) || PublicationBoundsStage.looksAhead(t)) {
                    continue;
                }
                dates.add(d);
                Integer wd = t.fields().integer(Field.WEEKDAY);
                if (wd != null && d.getDayOfWeek().getValue() == wd) {
                    weekdays.computeIfAbsent(wd, k -> new HashSet<>()).add(d);
                }
            }
            giving += dates.size() > before ? 1 : 0;
        }
        if (dates.isEmpty()) {
            return StoryCalendar.UNKNOWN;
        }
        dates.sort(null);
        LocalDate median = dates.get(dates.size() / 2);
        List<LocalDate> story = dates.stream()
                .filter(d -> Math.abs(ChronoUnit.DAYS.between(median, d)) <= STORY_REACH_DAYS)
                .toList();
        LocalDate earliest = story.get(0);
        LocalDate latest = story.get(story.size() - 1);
        Map<Integer, LocalDate> bound = new HashMap<>();
        weekdays.forEach((wd, ds) -> {
            List<LocalDate> inside = ds.stream().filter(d -> !d.isBefore(earliest) && !d.isAfter(latest)).toList();
            if (inside.size() == 1) {
                bound.put(wd, inside.get(0));
            }
        });
        return new StoryCalendar(earliest, latest, bound, giving);
    }
}
