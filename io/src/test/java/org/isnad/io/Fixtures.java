package org.isnad.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helpers: the fixture folder, reading with default options, writing files. */
final class Fixtures {
    private Fixtures() {
    }

    static Path reports() {
        try {
            return Path.of(Fixtures.class.getResource("/reports").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fixture(String name) {
        return reports().resolve(name).toString();
    }

    static ReadResult read(Path... paths) {
        return new ReportReader(ReadOptions.defaults()).read(List.of(paths).stream().map(Path::toString).toList());
    }

    static ReadResult read(String... paths) {
        return new ReportReader(ReadOptions.defaults()).read(List.of(paths));
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
