package org.isnad.lang.ar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;
import org.isnad.lang.ResourceFormatException;

/**
 * The Arabic language pack: resource files under {@code org/isnad/lang/ar/}, listed in
 * {@code index.txt}. Each instance parses a file once, on first use.
 */
public final class ArabicLanguagePack implements LanguagePack {
    private static final String ROOT = "org/isnad/lang/ar/";

    private final Map<String, ResourceFile> cache = new ConcurrentHashMap<>();
    private final List<String> names;

    public ArabicLanguagePack() {
        this.names = readLines("index.txt").stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    @Override
    public String code() {
        return "ar";
    }

    @Override
    public ResourceFile resource(String name) {
        return cache.computeIfAbsent(name, n -> ResourceFile.parse(ROOT + n, readLines(n)));
    }

    @Override
    public double scriptShare(String text) {
        long letters = 0;
        long arabic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            // The letters of the Arabic block and of ASCII are told at once; the script table (a
            // binary search) only for the rest. The tatweel (U+0640) is a letter of no script.
            if (cp >= 0x0621 && cp <= 0x064A && cp != 0x0640) {
                letters++;
                arabic++;
            } else if (cp < 0x80) {
                letters += Character.isLetter(cp) ? 1 : 0;
            } else if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }

    @Override
    public List<String> resourceNames() {
        return names;
    }

    private static List<String> readLines(String name) {
        InputStream in = ArabicLanguagePack.class.getClassLoader().getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new ResourceFormatException(ROOT + name, 0, "resource not found");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + name, e);
        }
    }
}
