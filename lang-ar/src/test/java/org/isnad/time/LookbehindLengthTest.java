package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Java compiles a lookbehind holding an unbounded repeat ("(?<=(?:a\s+b|c)\s)x") without a word and
 * then never matches its long branch: a rule written so is silently dead. Issue 6 lost the "not after
 * 'X إلى'" guard of {@code dayword-alone} and a first try of {@code clock-range-after-pod} that way.
 */
class LookbehindLengthTest {
    private static final Pattern UNBOUNDED = Pattern.compile("[+*]|\\{\\d*,}");

    @Test
    void javaDropsTheLongBranchOfAnUnboundedLookbehind() {
        Pattern p = Pattern.compile("(?<=(?:ab\\s+d|e)\\s)x");
        assertThat(p.matcher("ab d x").find()).isFalse();
        assertThat(Pattern.compile("(?<=(?:ab\\sd|e)\\s)x").matcher("ab d x").find()).isTrue();
    }

    @Test
    void noPatternHasAnUnboundedRepeatInALookbehind() throws IOException {
        List<String> bad = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/org/isnad/lang/ar/time/patterns.tsv")) {
            assertThat(in).as("time/patterns.tsv").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length < 3) {
                    continue;
                }
                String regex = cols[2];
                for (int i = regex.indexOf("(?<"); i >= 0; i = regex.indexOf("(?<", i + 1)) {
                    if (regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i)) {
                        int end = RegexSyntax.closingParen(regex, i);
                        String body = regex.substring(i, end < 0 ? regex.length() : end)
                                .replaceAll("\\\\.", "").replaceAll("\\[[^\\]]*]", "");
                        if (UNBOUNDED.matcher(body).find()) {
                            bad.add(cols[0] + ": " + regex.substring(i, end < 0 ? regex.length() : end));
                        }
                    }
                }
            }
        }
        assertThat(bad).as("lookbehinds with +, * or {n,}: write \\s, \\s? or a bounded {0,n}").isEmpty();
    }
}
