package org.isnad.time;

import java.time.LocalDateTime;

/**
 * The stretch a resolved date or time denotes, written as its bounds when the resolver left them
 * out ("2026-06" is June; "19:00" is that minute), and widened by its mod: "قرابة الثالثة" is a
 * stretch around three, "قبيل منتصف الليل" one before midnight, "قبيل الفجر" dawn and the minutes
 * before it, by the policy's minutes.
 */
final class TimexBounds {
    private TimexBounds() {
    }

    static Timex of(Timex r, ResolutionPolicy policy) {
        String[] b = TimexValues.bounds(r);
        if (b == null) {
            return r;
        }
        String from = b[0];
        String to = b[1];
        if (from.equals(to) && r.mod() != null) {
            // An instant with a mod: the minutes around, before or after it.
            LocalDateTime at = LocalDateTime.parse(from);
            switch (r.mod()) {
                case "APPROX" -> {
                    from = TimexValues.minute(at.minusMinutes(policy.approxMinutes()));
                    to = TimexValues.minute(at.plusMinutes(policy.approxMinutes()));
                }
                case "BEFORE", "LESS_THAN" -> from = TimexValues.minute(at.minusMinutes(policy.nearMinutes()));
                case "AFTER", "MORE_THAN" -> to = TimexValues.minute(at.plusMinutes(policy.nearMinutes()));
                default -> { }
            }
        } else if (r.mod() != null && r.fields() != null && r.fields().has(Field.POD)) {
            // A part of day just before or after ("قبيل الفجر"): its stretch, widened on that side.
            switch (r.mod()) {
                case "BEFORE" -> from = TimexValues.minute(LocalDateTime.parse(from).minusMinutes(policy.nearMinutes()));
                case "AFTER" -> to = TimexValues.minute(LocalDateTime.parse(to).plusMinutes(policy.nearMinutes()));
                default -> { }
            }
        }
        if (from.equals(r.earliest()) && to.equals(r.latest())) {
            return r;
        }
        return r.withResolution(r.type(), r.value(), from, to, r.anchor(), r.note());
    }
}
