package org.isnad.cli;

import java.io.PrintWriter;
import org.isnad.pipeline.ProgressListener;

/** A one-line progress bar on the terminal for long runs; silent when not on a terminal. */
final class ProgressBar implements ProgressListener {
    /** Short runs finish before a bar would be read. */
    private static final int MIN_REPORTS = 50;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private int lastDrawn = -1;

    ProgressBar(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.shown = terminal && total >= MIN_REPORTS;
    }

    @Override
    public synchronized void reportDone(int done, int all) {
        if (!shown) {
            return;
        }
        int filled = done * WIDTH / Math.max(1, total);
        if (filled == lastDrawn && done != total) {
            return;
        }
        lastDrawn = filled;
        err.print("\ranalysing [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
    }

    synchronized void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
