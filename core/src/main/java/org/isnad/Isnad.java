package org.isnad;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.isnad.clean.CleanStage;
import org.isnad.clean.ClutterDetector;
import org.isnad.clean.ClutterRules;
import org.isnad.lang.LanguagePack;
import org.isnad.model.Document;
import org.isnad.model.StoryCalendar;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.CorpusStage;
import org.isnad.pipeline.Run;
import org.isnad.pipeline.ProgressListener;
import org.isnad.pipeline.ReportPipeline;
import org.isnad.pipeline.ReportStage;
import org.isnad.pipeline.Timeline;
import org.isnad.text.NormaliseStage;
import org.isnad.text.Normaliser;
import org.isnad.text.SegmentStage;
import org.isnad.text.Segmenter;
import org.isnad.time.PublicationBoundsStage;
import org.isnad.time.ResolutionPolicy;
import org.isnad.time.StoryCalendarStage;
import org.isnad.time.TimeStage;
import org.isnad.time.TimexTagger;

/**
 * The engine's facade: reports in, a {@link Timeline} out. Holds no I/O: readers and writers are
 * adapters around it. One instance may analyse many runs, from many threads.
 */
public final class Isnad {
    public static final String ENGINE = "isnad 0.1.0";

    /** A report with at least this share of its letters in the pack's script is taken to be in its language. */
    private static final double LANGUAGE_SHARE = 0.5;

    private final LanguagePack pack;
    private final ReportPipeline perReport;
    private final TimexTagger timexTagger;
    private final ResolutionPolicy timePolicy;

    private Isnad(LanguagePack pack, ReportPipeline perReport, TimexTagger timexTagger, ResolutionPolicy timePolicy) {
        this.pack = pack;
        this.perReport = perReport;
        this.timexTagger = timexTagger;
        this.timePolicy = timePolicy;
    }

    /** Assembles the stages for one language; the order is the data flow and matters. */
    public static Isnad create(LanguagePack pack) {
        Objects.requireNonNull(pack, "pack");
        Normaliser normaliser = new Normaliser(pack);
        TimexTagger timexTagger = new TimexTagger(pack, normaliser);
        ResolutionPolicy timePolicy = ResolutionPolicy.load(pack, "news");
        ReportPipeline perReport = new ReportPipeline(List.of(
                // Clutter phrases are matched on the folded text, so the normalised view comes first.
                new NormaliseStage(normaliser),
                new CleanStage(new ClutterDetector(ClutterRules.load(pack, normaliser))),
                // Segments are cut after cleaning so that none of them is clutter.
                new SegmentStage(new Segmenter(pack)),
                // Times come after segmentation: a quote's "غدا" is counted from when its speaker spoke.
                new TimeStage(timexTagger, timePolicy)));
        return new Isnad(pack, perReport, timexTagger, timePolicy);
    }

    /**
     * The per-report stages in their order, for a bench that times them one by one: on a report
     * whose language is set, {@link #analyseReport} is these stages applied in turn.
     */
    public List<ReportStage> reportStages() {
        return perReport.stages();
    }

    /** Runs the per-report stages on one report. */
    public AnalysedReport analyseReport(Document document) {
        Document d = document;
        if (d.language() == null && pack.scriptShare(d.text()) >= LANGUAGE_SHARE) {
            d = d.withLanguage(pack.code());
        }
        return perReport.apply(AnalysedReport.of(d));
    }

    /**
     * Analyses a run: each report on its own and in parallel, then the stages that see them all.
     * The result lists reports in the order given, whatever order they finished in.
     */
    public Timeline analyse(List<Document> documents, RunOptions options, ProgressListener progress) {
        AtomicInteger done = new AtomicInteger();
        int total = documents.size();
        List<AnalysedReport> reports = documents.parallelStream()
                .map(d -> {
                    AnalysedReport r = analyseReport(d);
                    progress.reportDone(done.incrementAndGet(), total);
                    return r;
                })
                .toList();
        Run run = new Run(reports, StoryCalendar.UNKNOWN, options.timezone());
        // Corpus stages see every report, once: the story calendar settles what one report leaves
        // open, and only then can a report's publication be bounded by the days it tells of.
        for (CorpusStage stage : List.of(
                new StoryCalendarStage(timexTagger, timePolicy, options.timezone()),
                new PublicationBoundsStage())) {
            run = stage.apply(run);
        }
        return new Timeline(ENGINE, run.timezone(), run.story(), run.reports());
    }
}
