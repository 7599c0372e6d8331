package org.isnad.bench.review;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.isnad.time.Timex;

/** Re-runs exactly the records a verdicts file names, each as a run of its own, and checks the file. */
public final class VerdictRun {
    private VerdictRun() {
    }

    public static VerdictCheck.Outcome check(List<Verdict> verdicts, Path data) {
        Set<String> ids = verdicts.stream().map(Verdict::recordId).collect(Collectors.toSet());
        ReviewCorpus corpus = ReviewCorpus.load(data, ids::contains);
        RecordRun run = new RecordRun();
        Map<String, List<Timex>> found = new HashMap<>();
        for (ReviewRecord r : corpus.records()) {
            found.put(r.id(), run.analyse(r).report().timexes());
        }
        return VerdictCheck.check(verdicts, found);
    }
}
