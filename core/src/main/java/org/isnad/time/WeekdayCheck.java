package org.isnad.time;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.isnad.model.StoryCalendar;
import org.isnad.time.TimexResolver.Day;

/**
 * A weekday said with its date is a check on it. When they disagree ("الخميس 5 فيفري 2024", but 5
 * February 2024 was a Monday) the disagreement goes in the note, and the reading the story
 * supports is taken: a nearby year in which the day falls on that weekday and inside the story;
 * else the date as written. Never silently one of them.
 */
final class WeekdayCheck {
    /** How many years either side of the written one may make the weekday right. */
    private static final int YEARS = 3;
    /** How far outside the story's dates a reading may fall and still be "inside" it. */
    private static final int STORY_SLACK_DAYS = 31;

    private WeekdayCheck() {
    }

    static Day check(TimeFields f, Day written, TimeContext ctx) {
        if (!f.has(Field.WEEKDAY) || written.date() == null) {
            return written;
        }
        LocalDate d = written.date();
        int weekday = f.integer(Field.WEEKDAY);
        if (d.getDayOfWeek().getValue() == weekday) {
            return written;
        }
        String said = java.time.DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String was = d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String disagreement = "the weekday said (" + said + ") disagrees with the date: " + d + " was a " + was;
        StoryCalendar story = ctx.story();
        if (story.isKnown() && !inside(d, story)) {
            for (int k = 1; k <= YEARS; k++) {
                for (int sign : new int[] {-1, 1}) {
                    LocalDate other = Calendars.safe(d.getYear() + sign * k, d.getMonthValue(), d.getDayOfMonth());
                    if (other != null && other.getDayOfWeek().getValue() == weekday && inside(other, story)) {
                        return new Day(other, TimexResolver.STORY, disagreement + "; read as " + other
                                + ", a " + said + " inside the story's dates");
                    }
                }
            }
        }
        return new Day(d, written.anchor(), disagreement + "; the date is kept as written");
    }

    /**
     * A relative day said with its weekday ("أمس الأحد"). Counted from a publication day, the count
     * is kept and a disagreement noted; counted from a day the report only implies, the weekday is
     * the surer word: the matching day within a few days of the count is taken.
     */
    static Day checkCounted(TimeFields f, Day counted, Day now) {
        int weekday = f.integer(Field.WEEKDAY);
        LocalDate d = counted.date();
        if (d.getDayOfWeek().getValue() == weekday) {
            return counted;
        }
        String said = java.time.DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String note = "the weekday said (" + said + ") disagrees with the day counted: " + d + " is a "
                + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (TimexResolver.PUBLICATION.equals(now.anchor()) || TimexResolver.QUOTE.equals(now.anchor())) {
            return new Day(d, counted.anchor(), note + "; the count is kept");
        }
        for (int k = 1; k <= COUNTED_SLACK_DAYS; k++) {
            for (int sign : new int[] {-1, 1}) {
                LocalDate other = d.plusDays((long) sign * k);
                if (other.getDayOfWeek().getValue() == weekday) {
                    return new Day(other, counted.anchor(), note + "; read as " + other + ", the nearest " + said);
                }
            }
        }
        return new Day(d, counted.anchor(), note);
    }

    /** How far from a count that only an implied "now" gives the weekday said may move the day. */
    private static final int COUNTED_SLACK_DAYS = 3;

    private static boolean inside(LocalDate d, StoryCalendar story) {
        return !d.isBefore(story.earliest().minus(STORY_SLACK_DAYS, ChronoUnit.DAYS))
                && !d.isAfter(story.latest().plus(STORY_SLACK_DAYS, ChronoUnit.DAYS));
    }
}
