package org.isnad.pipeline;

/** A stage that sees every report of the run at once; runs once, after the per-report stages. */
public interface CorpusStage {
    Run apply(Run run);
}
