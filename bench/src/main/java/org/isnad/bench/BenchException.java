package org.isnad.bench;

/** A bench that cannot run: missing data, a bad option, a child JVM that failed. The message says why. */
public final class BenchException extends RuntimeException {
    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
