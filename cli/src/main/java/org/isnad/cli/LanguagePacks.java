package org.isnad.cli;

import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.isnad.lang.LanguagePack;

/** Finds installed language packs by their code (they register as services). */
final class LanguagePacks {
    private LanguagePacks() {
    }

    /** @throws IllegalArgumentException naming the installed packs when none has that code */
    static LanguagePack byCode(String code) {
        ServiceLoader<LanguagePack> packs = ServiceLoader.load(LanguagePack.class);
        for (LanguagePack p : packs) {
            if (p.code().equals(code)) {
                return p;
            }
        }
        String known = packs.stream().map(p -> p.get().code()).sorted().collect(Collectors.joining(", "));
        throw new IllegalArgumentException("no language pack '" + code + "' (installed: " + known + ")");
    }
}
