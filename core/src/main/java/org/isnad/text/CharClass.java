package org.isnad.text;

import java.util.BitSet;
import org.isnad.lang.ResourceFile;

/** A set of chars read from a resource's first field (literal chars or {@code U+XXXX[..U+YYYY]}). */
final class CharClass {
    private final BitSet set = new BitSet(0x10000);

    CharClass() {
    }

    /** Every entry of {@code file} whose second field equals {@code role} ({@code null}: every entry). */
    static CharClass of(ResourceFile file, String role) {
        CharClass cc = new CharClass();
        for (ResourceFile.Entry e : file.entries()) {
            if (role == null || e.field(1).strip().equals(role)) {
                for (char c : CharSpec.chars(file, e, 0)) {
                    cc.set.set(c);
                }
            }
        }
        return cc;
    }

    void add(char c) {
        set.set(c);
    }

    boolean contains(char c) {
        return set.get(c);
    }
}
