package org.isnad.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a whole file, refusing it before reading when it is over the size limit or is not a regular
 * file (a FIFO would block forever, a device would never end).
 */
public final class FileBytes implements ByteSource {
    private final long maxBytes;
    private final Opener opener;

    public FileBytes(long maxBytes) {
        this(maxBytes, Files::newInputStream);
    }

    /** For tests: root can read any file, so a failing read has to be simulated. */
    FileBytes(long maxBytes, Opener opener) {
        this.maxBytes = maxBytes;
        this.opener = opener;
    }

    @FunctionalInterface
    interface Opener {
        InputStream open(Path file) throws IOException;
    }

    @Override
    public byte[] read(Path file) throws ReadProblem {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ReadProblem(Files.exists(file) ? "not a regular file" : "no such file or folder");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ReadProblem(overLimit(size, maxBytes));
            }
            if (!Files.isReadable(file)) {
                throw new ReadProblem("cannot read file: permission denied");
            }
            return readAtMost(file, maxBytes);
        } catch (NoSuchFileException e) {
            throw new ReadProblem("no such file or folder");
        } catch (AccessDeniedException e) {
            throw new ReadProblem("cannot read file: permission denied");
        } catch (IOException e) {
            throw new ReadProblem("cannot read file: " + describe(e));
        }
    }

    /** {@code file is 50.0 MB, over the 20.0 MB limit (--max-bytes)}. */
    public static String overLimit(long size, long maxBytes) {
        return String.format(Locale.ROOT, "file is %.1f MB, over the %.1f MB limit (--max-bytes)",
                megabytes(size), megabytes(maxBytes));
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    // The file may grow between the size check and the read; never hold more than the limit.
    private byte[] readAtMost(Path file, long maxBytes) throws IOException, ReadProblem {
        try (InputStream in = opener.open(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 16));
            if (in.read() != -1) {
                throw new ReadProblem(String.format(Locale.ROOT,
                        "file grew past the %.1f MB limit (--max-bytes) while being read", megabytes(maxBytes)));
            }
            return bytes;
        }
    }
}
