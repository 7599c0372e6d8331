package org.isnad.io;

/**
 * How reports are read.
 *
 * @param maxBytes files larger than this are refused before any byte is read (the CLI's {@code --max-bytes})
 */
public record ReadOptions(long maxBytes) {
    /** 20 MB: far above any news report, low enough that a stray video or dump is refused quickly. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public ReadOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_BYTES);
    }
}
