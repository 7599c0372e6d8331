package org.isnad.time;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a time expression says, field by field, before it is resolved against anything. Parts of
 * one expression ("مساء" + "يوم السبت" + "7 ديسمبر") merge when no field is said twice differently.
 */
public final class TimeFields {
    private final Map<Field, Object> values;

    private TimeFields(Map<Field, Object> values) {
        this.values = values;
    }

    public static TimeFields of(Map<Field, Object> values) {
        return new TimeFields(values.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(values));
    }

    public boolean has(Field f) {
        return values.containsKey(f);
    }

    /** True when {@code f} is the one field said. */
    public boolean only(Field f) {
        return values.size() == 1 && values.containsKey(f);
    }

    public Integer integer(Field f) {
        return (Integer) values.get(f);
    }

    public <T> T get(Field f, Class<T> type) {
        return type.cast(values.get(f));
    }

    /** The union of both, or null when they say different things about one field. */
    public TimeFields merge(TimeFields other) {
        EnumMap<Field, Object> out = new EnumMap<>(Field.class);
        out.putAll(values);
        for (Map.Entry<Field, Object> e : other.values.entrySet()) {
            Object mine = out.putIfAbsent(e.getKey(), e.getValue());
            if (mine != null && !Objects.equals(mine, e.getValue())) {
                return null;
            }
        }
        return new TimeFields(out);
    }

    public TimeFields with(Field f, Object value) {
        EnumMap<Field, Object> out = new EnumMap<>(Field.class);
        out.putAll(values);
        if (value == null) {
            out.remove(f);
        } else {
            out.put(f, value);
        }
        return new TimeFields(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeFields t && t.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
