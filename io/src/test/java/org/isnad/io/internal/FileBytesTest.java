package org.isnad.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {
    @TempDir
    Path dir;

    @Test
    void ioErrorWhileReadingBecomesAReason() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        FileBytes bytes = new FileBytes(100, path -> {
            throw new IOException("Input/output error");
        });

        assertThatThrownBy(() -> bytes.read(file)).isInstanceOf(ReadProblem.class)
                .hasMessage("cannot read file: Input/output error");
    }

    @Test
    void fileThatGrowsPastTheLimitWhileReadIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        FileBytes bytes = new FileBytes(4, path -> new ByteArrayInputStream(new byte[10]));

        assertThatThrownBy(() -> bytes.read(file)).isInstanceOf(ReadProblem.class)
                .hasMessage("file grew past the 0.0 MB limit (--max-bytes) while being read");
    }

    @Test
    void readsWholeFile() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "abc");

        assertThat(new FileBytes(3).read(file)).containsExactly('a', 'b', 'c');
    }

    @Test
    void overLimitWording() {
        assertThat(FileBytes.overLimit(52_428_800L, 20L * 1024 * 1024))
                .isEqualTo("file is 50.0 MB, over the 20.0 MB limit (--max-bytes)");
    }
}
