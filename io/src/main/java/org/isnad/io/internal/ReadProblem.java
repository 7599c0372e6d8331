package org.isnad.io.internal;

/**
 * Why a file or record cannot be read; becomes a {@code ReadFailure}. Checked on purpose, so that
 * every reader states that it can refuse input and the facade cannot forget to catch it.
 */
public final class ReadProblem extends Exception {
    public ReadProblem(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
