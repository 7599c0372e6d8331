package org.isnad.time;

import org.isnad.model.Span;

/**
 * A time expression found in a report and what it was resolved to (spec: {@code timexes[]}).
 *
 * @param value      the TIMEX3 value, null when it cannot be told
 * @param earliest   start of the stretch it denotes (ISO local date-time), or null
 * @param latest     end of that stretch, or null
 * @param anchor     what it was resolved against: explicit, report, story, publication, quote,
 *                   event:&lt;id&gt; or unresolved
 * @param relativeTo for a time hanging on an event, the phrase naming the event
 * @param note       why a value could not be given, when that is worth saying
 * @param mod        the TIMEX3 mod (MORE_THAN, APPROX, START …), or null
 * @param fields     what the phrase says, kept so the corpus stage can resolve it again
 */
public record Timex(Span span, String text, TimexType type, String value, String earliest, String latest,
                    String anchor, String relativeTo, boolean quote, String note, String mod, TimeFields fields) {
    /** The same expression, marked as standing in reported speech. */
    public Timex quoted() {
        return new Timex(span, text, type, value, earliest, latest, anchor, relativeTo, true, note, mod, fields);
    }

    /** The same expression, hanging on the event the narrative has moved to. */
    public Timex hangingOn(String event) {
        return new Timex(span, text, type, value, earliest, latest, anchor, event, quote, note, mod, fields);
    }

    /** The same expression saying other things (one end of a stretch). */
    public Timex withFields(TimeFields f) {
        return new Timex(span, text, type, value, earliest, latest, anchor, relativeTo, quote, note, mod, f);
    }

    /** The same expression with a TIMEX3 mod. */
    public Timex withMod(String m) {
        return new Timex(span, text, type, value, earliest, latest, anchor, relativeTo, quote, note, m, fields);
    }

    public Timex withResolution(TimexType t, String v, String e, String l, String a, String n) {
        return new Timex(span, text, t, v, e, l, a, relativeTo, quote, n, mod, fields);
    }
}
