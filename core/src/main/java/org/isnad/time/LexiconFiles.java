package org.isnad.time;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.BiFunction;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;

/** Reading the time files of a language pack: their entries, and the values their columns hold. */
final class LexiconFiles {
    /** The zone "بالتوقيت المحلي" names: that of the place the time is said of. */
    static final String LOCAL = "local";

    static final java.util.Set<String> MODS = java.util.Set.of("MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE",
            "EQUAL_OR_LESS", "APPROX", "BEFORE", "AFTER", "START", "MID", "END", "ON_OR_BEFORE", "ON_OR_AFTER");

    private LexiconFiles() {
    }


    static void load(LanguagePack pack, String name, int columns,
                             BiFunction<ResourceFile, ResourceFile.Entry, Object> into) {
        ResourceFile file = pack.resource(name);
        for (ResourceFile.Entry e : file.entries()) {
            if (e.fields().size() != columns) {
                throw file.error(e, "expected " + columns + " tab-separated column(s), found " + e.fields().size());
            }
            into.apply(file, e);
        }
    }

    static int number(ResourceFile f, ResourceFile.Entry e, String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException ex) {
            throw f.error(e, "not a number: '" + s + "'");
        }
    }

    static java.math.BigDecimal fraction(ResourceFile f, ResourceFile.Entry e, String s) {
        String[] ab = s.strip().split("/");
        if (ab.length != 2) {
            throw f.error(e, "not a fraction a/b: '" + s + "'");
        }
        return java.math.BigDecimal.valueOf(number(f, e, ab[0])).divide(java.math.BigDecimal.valueOf(number(f, e, ab[1])),
                java.math.MathContext.DECIMAL64);
    }

    static String mod(ResourceFile f, ResourceFile.Entry e, String s) {
        if (!MODS.contains(s.strip())) {
            throw f.error(e, "not a TIMEX3 mod: '" + s + "'");
        }
        return s.strip();
    }

    static int[] range(ResourceFile f, ResourceFile.Entry e, String s) {
        String[] ab = s.strip().split("-");
        int from = number(f, e, ab[0]);
        return new int[] {from, ab.length > 1 ? number(f, e, ab[1]) : from};
    }

    static LocalTime time(ResourceFile f, ResourceFile.Entry e, String s) {
        try {
            return LocalTime.parse(s.strip());
        } catch (DateTimeParseException ex) {
            throw f.error(e, "not a time HH:MM: '" + s + "'");
        }
    }

    static String zone(ResourceFile f, ResourceFile.Entry e, String s) {
        if (s.strip().equals(LOCAL)) {
            return LOCAL;
        }
        try {
            java.time.ZoneId.of(s.strip());
            return s.strip();
        } catch (java.time.DateTimeException ex) {
            throw f.error(e, "unknown zone '" + s + "'");
        }
    }
}
