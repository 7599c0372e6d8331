package org.isnad.bench.heideltime;

import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.components.ResultFormatter;
import de.unihd.dbs.heideltime.standalone.components.impl.TimeMLResultFormatter;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;
import org.isnad.bench.BenchReport;
import org.isnad.bench.disagreement.FoundTimex;
import org.isnad.bench.disagreement.TimexSource;

/**
 * HeidelTime's side of the disagreement report: the bench's tagger (Arabic, news, no POS), its
 * TimeML output mapped back to offsets of the input ({@link TimeMlOffsets}). Each report is checked
 * against HeidelTime's own annotations in the UIMA CAS: the mapped tags must be those annotations,
 * at the same offsets with the same type and value, less those the TimeML writer leaves out because
 * they overlap another. A report whose output does not map takes the CAS annotations instead, and
 * the notes count it.
 */
public final class HeidelTimeTimexes implements TimexSource {
    /** The TimeML writer warns of each overlap it resolves; the notes count them instead. */
    private static final String TIMEML_LOGGER = "TimeMLResultFormatter";

    private HeidelTimeStandalone tagger;
    private int reports;
    private int unmapped;
    private long mapped;
    private long sameAsCas;
    private long notInCas;
    private long leftOutOverlapping;

    @Override
    public String name() {
        return new HeidelTimeEngine().name();
    }

    @Override
    public void setUp() throws Exception {
        tagger = HeidelTimeEngine.newTagger();
        Logger.getLogger(TIMEML_LOGGER).setLevel(Level.SEVERE);
    }

    @Override
    public List<FoundTimex> find(BenchReport report) throws Exception {
        Capture capture = new Capture();
        tagger.process(report.text(), HeidelTimeEngine.creationTime(report), capture);
        reports++;
        Optional<List<FoundTimex>> fromTimeMl = TimeMlOffsets.map(report.text(), capture.timeml);
        if (fromTimeMl.isEmpty()) {
            unmapped++;
            return capture.annotations;
        }
        List<FoundTimex> found = fromTimeMl.get();
        mapped += found.size();
        Set<FoundTimex> cas = new HashSet<>(capture.annotations);
        for (FoundTimex t : found) {
            if (cas.contains(t)) {
                sameAsCas++;
            } else {
                notInCas++;
            }
        }
        leftOutOverlapping += Math.max(0, capture.annotations.size() - found.size());
        return found;
    }

    @Override
    public List<String> notes() {
        return List.of(
                String.format(Locale.ROOT, "TimeML mapped back to input offsets in %,d of %,d reports (%,d TIMEX3)",
                        reports - unmapped, reports, mapped),
                String.format(Locale.ROOT, "of these, %,d at the offsets, type and value of a CAS annotation, %,d not",
                        sameAsCas, notInCas),
                String.format(Locale.ROOT, "CAS annotations the TimeML writer left out as overlapping another: %,d",
                        leftOutOverlapping),
                String.format(Locale.ROOT, "reports whose TimeML did not map (CAS annotations used): %,d", unmapped));
    }

    /** Keeps the TimeML HeidelTime writes and the Timex3 annotations it was written from. */
    private static final class Capture implements ResultFormatter {
        private String timeml;
        private final List<FoundTimex> annotations = new ArrayList<>();

        @Override
        public String format(JCas jcas) throws Exception {
            FSIterator<?> it = jcas.getAnnotationIndex(Timex3.type).iterator();
            while (it.hasNext()) {
                Timex3 t = (Timex3) it.next();
                annotations.add(new FoundTimex(t.getBegin(), t.getEnd(), t.getTimexType(),
                        t.getTimexValue() == null || t.getTimexValue().isEmpty() ? null : t.getTimexValue()));
            }
            annotations.sort(null);
            timeml = new TimeMLResultFormatter().format(jcas);
            return timeml;
        }
    }
}
