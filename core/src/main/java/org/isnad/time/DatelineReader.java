package org.isnad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;
import org.isnad.model.Publication;
import org.isnad.model.Span;
import org.isnad.pipeline.AnalysedReport;

/**
 * Reads when a report was published from its own date line: "نشر في: 14 يونيو 2024" or "آخر
 * تحديث: …" (cues from {@code time/datelines.tsv}), or a line at its head that holds nothing but a
 * complete date. Pages copied as text keep such lines; metadata, when there is any, comes first.
 */
final class DatelineReader {
    /** A date line's cue may be followed by at most this many words before the date ("في", "الأحد"). */
    private static final int CUE_SLACK = 2;
    /** Only the first lines of a report can be a bare date line. */
    private static final int HEAD_LINES = 3;
    /** A wire dateline's place has at most this many words. */
    private static final int PLACE_WORDS = 3;
    /**
     * How many of the words before a date may change when the line goes on past it: the last word,
     * or the glued words it was split into, may join what follows.
     */
    private static final int LAST_WORD_PARTS = 8;
    /** A wire dateline (place, Hijri date, its Gregorian echo, agency) has at most this many words. */
    private static final int DATELINE_WORDS = 14;

    private record Cue(List<String> words, boolean published) {
    }

    private final TimeLexicon lexicon;
    private final List<Cue> cues = new ArrayList<>();
    /** More words than this before a date: neither a cue nor a place can stand before it. */
    private final int mostWordsBefore;

    DatelineReader(LanguagePack pack, TimeLexicon lexicon) {
        this.lexicon = lexicon;
        ResourceFile file = pack.resource("time/datelines.tsv");
        for (ResourceFile.Entry e : file.entries()) {
            if (e.fields().size() != 2 || !List.of("published", "updated", "filed", "place").contains(e.field(0))) {
                throw file.error(e, "expected published|updated|filed|place<TAB>phrase");
            }
            if (e.field(0).equals("filed") || e.field(0).equals("place")) {
                continue; // read by TimeLexicon: the mark before a filing time, after a dateline's place
            }
            cues.add(new Cue(lexicon.forms(e.field(1)), e.field(0).equals("published")));
        }
        int longestCue = cues.stream().mapToInt(c -> c.words().size()).max().orElse(0);
        mostWordsBefore = Math.max(longestCue + CUE_SLACK, PLACE_WORDS) + LAST_WORD_PARTS;
    }

    /**
     * The publication a report's date line states, or null when it has none.
     *
     * @param found the report's time expressions, recognised but not resolved
     */
    Publication read(AnalysedReport report, List<Timex> found, TimexResolver resolver, TimeContext context) {
        String text = report.text();
        List<Span> lines = Span.lines(text);
        int givenUp = -1;
        for (Timex t : found) {
            TimeFields f = t.fields();
            boolean hijri = f.has(Field.HIJRI_YEAR) && f.has(Field.HIJRI_MONTH) && f.has(Field.HIJRI_DAY);
            if (!hijri && (!f.has(Field.YEAR) || !f.has(Field.MONTH) || !f.has(Field.DAY))) {
                continue;
            }
            int index = lineOf(lines, t.span().start());
            if (index == givenUp) {
                continue;
            }
            Span line = lines.get(index);
            List<String> before = lexicon.forms(text.substring(line.start(), t.span().start()));
            if (before.size() > mostWordsBefore) {
                // The words before a date only grow along its line, so no later date of this line
                // follows a cue or a place: a long line is read a few times, not once per date (issue 6).
                givenUp = index;
                continue;
            }
            Cue cue = cues.stream()
                    .filter(c -> before.size() >= c.words().size() && before.size() <= c.words().size() + CUE_SLACK
                            && before.subList(0, c.words().size()).equals(c.words()))
                    .findFirst().orElse(null);
            // A head line that is a date, or a place and a date ("الرياض 25 شوال 1436 هـ الموافق 10
            // اغسطس 2015 م واس": a wire dateline), states the publication day.
            // A place the gazetteer lacks may open it when the date is given in both calendars, as
            // wire datelines do ("أملج 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م").
            boolean place = isPlace(before) || before.size() <= PLACE_WORDS && f.has(Field.HIJRI_MONTH);
            boolean bareHeadLine = cue == null && index < HEAD_LINES && (before.isEmpty() || place)
                    && isDateLine(line.of(text), t, hijri && place);
            if (cue == null && !bareHeadLine) {
                continue;
            }
            LocalDate day = TimexValues.dayOf(resolver.resolve(List.of(t), context).get(0).value());
            if (day == null) {
                continue;
            }
            String why = "from the report's date line \u201c" + line.of(text).strip() + "\u201d";
            return cue == null || cue.published() ? Publication.on(day, why)
                    : new Publication(null, null, day, why + ": last updated then, so published on or before that day");
        }
        return null;
    }


    /**
     * Whether a head line is the date's: the date fills half of it, or it is a short wire dateline
     * whose Hijri date states the day even when its Gregorian echo is misspelt apart from it
     * ("طرابلس 26 شوال 1436ه لموافق 11 اغسطس 2015م .واس").
     */
    private boolean isDateLine(String line, Timex date, boolean wire) {
        return 2 * letters(date.text()) >= letters(line) || wire && lexicon.forms(line).size() <= DATELINE_WORDS;
    }

    private boolean isPlace(List<String> words) {
        return words.size() <= PLACE_WORDS && lexicon.placeZones.containsKey(String.join(" ", words));
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetterOrDigit).count();
    }

    /** The index of the line holding {@code at}: the last line starting at or before it. */
    private static int lineOf(List<Span> lines, int at) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
