package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.isnad.bench.BenchCorpus;
import org.isnad.bench.BenchOptions;
import org.isnad.bench.BenchReport;
import org.isnad.testing.SharedData;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.text.Normaliser;
import org.isnad.text.Punctuation;
import org.junit.jupiter.api.Test;

/**
 * The recogniser's prefilters (trigger words, the chars a match can start with, lookbehinds checked
 * last) are speed-ups, never a change of result: on real news from many outlets, what it finds is
 * exactly what running every pattern at every word start finds (issue 6, the throughput regression).
 */
class PrefiltersOnRealNewsTest {
    private static final int REPORTS = 300;

    @Test
    void prefiltersLoseNothingOnSaudiNewsNet() {
        Path data = SharedData.require(BenchOptions.DEFAULT_DATA.replaceFirst("^\\.\\./shared/", ""));
        ArabicLanguagePack pack = new ArabicLanguagePack();
        Normaliser normaliser = new Normaliser(pack);
        TimeLexicon lexicon = new TimeLexicon(pack, normaliser);
        List<TimePattern> patterns = TimePatterns.load(pack, normaliser, lexicon);
        TimexRecogniser recogniser = new TimexRecogniser(lexicon, patterns, TriggerWords.of(lexicon, patterns), new Punctuation(pack));
        int found = 0;
        for (BenchReport r : BenchCorpus.load(data, REPORTS).reports()) {
            String text = normaliser.normalise(r.text()).text();
            List<Chunk> fast = recogniser.recognise(text, false);
            assertThat(fast).as(r.document().id()).isEqualTo(recogniser.recogniseEverywhere(text));
            found += fast.size();
        }
        assertThat(found).as("expressions found in the first %d reports", REPORTS).isGreaterThan(REPORTS);
    }
}
