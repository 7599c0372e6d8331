package org.isnad.pipeline;

/** Told as reports finish, so a front end can show progress; called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void reportDone(int done, int total);
}
