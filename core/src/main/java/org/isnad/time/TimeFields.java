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

    /** True when every field said is one of {@code fs}. */
    public boolean onlyAmong(Field... fs) {
        return java.util.Arrays.asList(fs).containsAll(values.keySet());
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
            if (mine instanceof TimeFields a && e.getValue() instanceof TimeFields b) {
                // The far ends of two stretches merge as the near ends do.
                TimeFields both = a.merge(b);
                if (both == null) {
                    return null;
                }
                out.put(e.getKey(), both);
            } else if (mine != null && !java.util.Objects.deepEquals(mine, e.getValue())) {
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

    /** Equal when they hold the same fields with the same values, arrays (a range's ends) compared by content. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TimeFields t) || !t.values.keySet().equals(values.keySet())) {
            return false;
        }
        for (Map.Entry<Field, Object> e : values.entrySet()) {
            if (!java.util.Objects.deepEquals(e.getValue(), t.values.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<Field, Object> e : values.entrySet()) {
            h += e.getKey().hashCode() ^ java.util.Arrays.deepHashCode(new Object[] {e.getValue()});
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<Field, Object> e : values.entrySet()) {
            String v = java.util.Arrays.deepToString(new Object[] {e.getValue()});
            out.append(out.length() > 1 ? ", " : "").append(e.getKey()).append('=').append(v, 1, v.length() - 1);
        }
        return out.append('}').toString();
    }
}
