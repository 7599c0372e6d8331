package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.Isnad;
import org.isnad.RunOptions;
import org.isnad.io.ReadFailure;
import org.isnad.io.ReadOptions;
import org.isnad.io.ReadResult;
import org.isnad.io.ReportReader;
import org.isnad.io.TimelineJsonWriter;
import org.isnad.lang.LanguagePack;
import org.isnad.pipeline.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code isnad analyze <folder or files…> --out <dir>}: reads the reports, analyses them and
 * writes {@code <dir>/timeline.json}. Exit code 0 when every input was analysed, 1 when some
 * input was skipped (the rest is still written), 2 when nothing could be analysed or writing failed.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse news reports and write <out>/timeline.json.")
public final class AnalyzeCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int NOTHING_DONE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files (.txt .html .htm .json .jsonl) or folders of them.")
    List<String> paths;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write timeline.json into.")
    Path out;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "20971520",
            description = "Skip files larger than this (default: ${DEFAULT-VALUE}, 20 MB).")
    long maxBytes;

    @Option(names = "--language", paramLabel = "CODE", defaultValue = "ar", description = "Language pack (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--timezone", paramLabel = "OFFSET", description = "UTC offset of the story's local times, e.g. +03:00.")
    String timezone;

    @Option(names = {"-q", "--quiet"}, description = "Print failures only.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        if (maxBytes <= 0) {
            err.println("isnad: --max-bytes must be positive");
            return NOTHING_DONE;
        }
        if (timezone != null && !timezone.matches("[+-](?:0\\d|1[0-4]):[0-5]\\d|Z")) {
            err.println("isnad: --timezone must look like +03:00, -05:00 or Z, not '" + timezone + "'");
            return NOTHING_DONE;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("isnad: --out " + out + " is a file, not a folder");
            return NOTHING_DONE;
        }
        LanguagePack pack;
        try {
            pack = LanguagePacks.byCode(language);
        } catch (IllegalArgumentException e) {
            err.println("isnad: " + e.getMessage());
            return NOTHING_DONE;
        }
        ReadResult read = new ReportReader(new ReadOptions(maxBytes)).read(paths);
        for (ReadFailure f : read.failures()) {
            err.println("skipped " + f.message());
        }
        if (read.documents().isEmpty()) {
            err.println("isnad: no report could be read; nothing written");
            return NOTHING_DONE;
        }
        Isnad engine = Isnad.create(pack);
        ProgressBar bar = new ProgressBar(err, read.documents().size(), !quiet && System.console() != null);
        Timeline timeline = engine.analyse(read.documents(), new RunOptions(timezone), bar);
        bar.finish();
        Path file = out.resolve("timeline.json");
        try {
            new TimelineJsonWriter().write(timeline, Instant.now(), file);
        } catch (IOException e) {
            err.println("isnad: cannot write " + file + ": " + why(e) + "; nothing written");
            return NOTHING_DONE;
        }
        if (!quiet) {
            outw.printf("read %d report%s, skipped %d; wrote %s%n", read.documents().size(),
                    read.documents().size() == 1 ? "" : "s", read.failures().size(), file);
        }
        outw.flush();
        err.flush();
        return read.failures().isEmpty() ? OK : SOME_FAILED;
    }

    /** A one-line reason for a failed write that a user can act on. */
    static String why(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.NotDirectoryException) {
            return "no such folder, and it cannot be made";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
