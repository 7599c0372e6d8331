package org.isnad.io.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication day that news sites put in their URLs: {@code /2024/12/15/}, {@code /2024-12-15},
 * {@code /20241215/}, {@code ?date=2024-12-15}, and year-last forms when the day/month order is clear.
 * Years are limited to 1900–2099 so that article numbers are not read as dates.
 */
final class UrlDate {
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![0-9])(?<year>(?:19|20)\\d{2})[/-](?<month>\\d{1,2})[/-](?<day>\\d{1,2})(?![0-9])");
    private static final Pattern COMPACT = Pattern.compile(
            "(?<![0-9])(?<year>(?:19|20)\\d{2})(?<month>[01]\\d)(?<day>[0-3]\\d)(?![0-9])");
    private static final Pattern YEAR_LAST = Pattern.compile(
            "(?<![0-9])(?<first>\\d{1,2})[/-](?<second>\\d{1,2})[/-](?<year>(?:19|20)\\d{2})(?![0-9])");

    private UrlDate() {
    }

    /**
     * The first real date in the URL, trying the unambiguous year-first forms before the others; when
     * there is none, the first reading that failed (ambiguous, impossible) so evidence can say why.
     */
    static Optional<DateReading> find(String url) {
        DateReading firstFailure = null;
        for (Pattern pattern : List.of(YEAR_FIRST, COMPACT, YEAR_LAST)) {
            Matcher m = pattern.matcher(url);
            while (m.find()) {
                DateReading reading = pattern == YEAR_LAST
                        ? CalendarDays.yearLast(m.group(), m.group("first"), m.group("second"), m.group("year"))
                        : CalendarDays.ymd(m.group(), m.group("year"), m.group("month"), m.group("day"));
                if (reading.hasDate()) {
                    return Optional.of(reading);
                }
                if (firstFailure == null) {
                    firstFailure = reading;
                }
            }
        }
        return Optional.ofNullable(firstFailure);
    }
}
