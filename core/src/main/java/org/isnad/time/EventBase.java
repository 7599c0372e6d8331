package org.isnad.time;

import org.isnad.model.Span;

/**
 * The time an event phrase is: "بعد يومين من عيد الميلاد", "بعد أسبوع من 5 مارس 2016" hang on a
 * phrase the event patterns read, and when that phrase is itself a time the count runs from its day
 * (the resolver reads it from {@link Field#BASE}) instead of staying unresolved.
 */
final class EventBase {
    private EventBase() {
    }

    /** {@code outer}, which hangs on an event, with the time {@code inner} its event phrase is ("بعد يومين من عيد الميلاد"). */
    static Chunk attach(Chunk outer, Chunk inner) {
        Span event = outer.fields().get(Field.EVENT, Span.class);
        if (event == null || !inner.kind().isPoint() || inner.start() < event.start() || inner.end() > event.end()) {
            return outer;
        }
        // The parts of a date the phrase holds ("5 مارس" and "2016") make one base.
        TimeFields said = outer.fields().get(Field.BASE, TimeFields.class);
        TimeFields base = said == null ? inner.fields() : said.merge(inner.fields());
        return base == null ? outer : new Chunk(outer.start(), outer.end(), outer.kind(), outer.fields().with(Field.BASE, base), outer.order(),
                outer.firstEnd(), outer.secondStart());
    }
}
