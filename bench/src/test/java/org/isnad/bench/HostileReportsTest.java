package org.isnad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.bench.HostileReports.Shape;
import org.junit.jupiter.api.Test;

/** The hostile reports have the size and the shape they are named for, and are the same every time. */
class HostileReportsTest {
    private static final int CHARS = 50_000;

    @Test
    void exactSizeAndTheSameTextEveryTime() {
        for (Shape shape : Shape.values()) {
            assertThat(shape.text(CHARS)).hasSize(CHARS).isEqualTo(shape.text(CHARS));
        }
    }

    @Test
    void shapes() {
        for (Shape shape : Shape.values()) {
            String text = shape.text(CHARS);
            if (shape != Shape.TITLE_BLOCKS) {
                assertThat(text).as(shape.label()).doesNotContain("\n");
            }
        }
        assertThat(Shape.NO_PUNCTUATION.text(CHARS).chars().filter(c -> !Character.isLetterOrDigit(c) && c != ' ')).isEmpty();
        assertThat(count(Shape.CUE_LINE.text(CHARS), "اقرأ أيضًا:")).isGreaterThan(CHARS / 100);
        assertThat(count(Shape.CUE_QUOTES.text(CHARS), "«")).isGreaterThan(CHARS / 200);
        String quoted = Shape.QUOTE_AROUND_ALL.text(CHARS);
        assertThat(quoted).startsWith("«").endsWith("»");
        assertThat(count(Shape.TITLE_BLOCKS.text(CHARS), "\n")).isGreaterThan(CHARS / 50);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
