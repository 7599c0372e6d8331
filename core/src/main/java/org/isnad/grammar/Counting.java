package org.isnad.grammar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.isnad.grammar.NounForms.Form;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;

/**
 * Which form of a counted noun a number governs ({@code grammar/counting.tsv}), read on the last
 * part of the number; and which forms say their number alone ("يومان" is two days). Immutable.
 */
public final class Counting {
    private record Row(int from, int to, Form form, boolean alone) {
    }

    private final List<Row> rows = new ArrayList<>();

    public Counting(LanguagePack pack) {
        ResourceFile file = pack.resource("grammar/counting.tsv");
        for (ResourceFile.Entry e : file.entries()) {
            if (e.fields().size() != 3) {
                throw file.error(e, "expected numbers<TAB>form<TAB>alone");
            }
            String[] range = e.field(0).strip().split("-");
            Form form;
            try {
                form = Form.valueOf(e.field(1).strip().toUpperCase(java.util.Locale.ROOT));
                int from = Integer.parseInt(range[0]);
                int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
                if (!e.field(2).equals("yes") && !e.field(2).equals("no")) {
                    throw file.error(e, "alone must be yes or no");
                }
                rows.add(new Row(from, to, form, e.field(2).equals("yes")));
            } catch (IllegalArgumentException ex) {
                throw file.error(e, "expected a number or range a-b, then singular, dual, plural or accusative");
            }
        }
    }

    /** The form a number governs, or null when the table does not say. */
    public Form formAfter(BigDecimal number) {
        int last = number.toBigInteger().mod(java.math.BigInteger.valueOf(100)).intValue();
        for (Row r : rows) {
            if (last >= r.from && last <= r.to) {
                return r.form;
            }
        }
        return null;
    }

    /** The number a form says by itself ("يوم" one, "يومان" two), or null when it needs a number. */
    public Integer countAlone(Form form) {
        for (Row r : rows) {
            if (r.alone && r.form == form && r.from == r.to) {
                return r.from;
            }
        }
        return null;
    }
}
