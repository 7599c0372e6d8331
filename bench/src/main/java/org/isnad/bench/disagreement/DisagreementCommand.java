package org.isnad.bench.disagreement;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.isnad.bench.BenchCorpus;
import org.isnad.bench.BenchException;
import org.isnad.bench.CommandSteps;
import org.isnad.bench.RecordIds;
import org.isnad.bench.BenchReport;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.text.Normaliser;

/**
 * Runs Isnad and another engine on the same reports and reports where their time expressions
 * differ (see {@link DisagreementPrinter}): the full report, with the text around each example, to
 * the output file; the same without that text to standard output.
 */
public final class DisagreementCommand {
    /** A progress line on standard error every this many reports: the other engine may be slow. */
    private static final int PROGRESS_EVERY = 100;

    private DisagreementCommand() {
    }

    /** @return the exit code: 0 written, 1 failed, 2 usage error or missing data */
    public static int run(String command, TimexSource other, String[] args, PrintStream out, PrintStream err) {
        CommandSteps.Start<DisagreementOptions> start = CommandSteps.start(command, args, DisagreementOptions::parse,
                DisagreementOptions.USAGE, DisagreementOptions::data, "data", out, err);
        DisagreementOptions options = start.options();
        if (options == null) {
            return start.exit();
        }
        return CommandSteps.run(command, err, () -> {
            writable(options.out());
            BenchCorpus corpus = BenchCorpus.load(options.data(), options.limit());
            RecordIds keys = RecordIds.asWritten(options.data());
            ArabicLanguagePack pack = new ArabicLanguagePack();
            IsnadTimexes isnad = new IsnadTimexes(pack);
            DisagreementTally tally = new DisagreementTally(new ExpressionShape(pack, new Normaliser(pack)));
            other.setUp();
            long started = System.nanoTime();
            int done = 0;
            for (BenchReport r : corpus.reports()) {
                tally.add(keys.of(r.document()), r.text(), isnad.find(r), otherFind(command, other, r, err));
                if (++done % PROGRESS_EVERY == 0) {
                    err.printf(Locale.ROOT, "%s: %d/%d reports (%.0f s)%n", command, done, corpus.reports().size(),
                            (System.nanoTime() - started) / 1e9);
                }
            }
            List<String> header = header(options, corpus, other);
            write(options.out(), p -> new DisagreementPrinter(p, IsnadTimexes.name(), other.name(), options.top(), true)
                    .print(header, tally, other.notes()));
            new DisagreementPrinter(out, IsnadTimexes.name(), other.name(), options.top(), false)
                    .print(header, tally, other.notes());
            out.println("Full report, with each example's context: " + options.out().toAbsolutePath().normalize());
            return 0;
        });
    }

    /** The other engine's expressions, or null when it failed on this report (said on standard error). */
    private static List<FoundTimex> otherFind(String command, TimexSource other, BenchReport r, PrintStream err) {
        try {
            return other.find(r);
        } catch (Exception e) {
            err.println(command + ": " + other.name() + " failed on " + r.document().id() + ": " + e);
            return null;
        }
    }

    private static List<String> header(DisagreementOptions options, BenchCorpus corpus, TimexSource other) {
        List<String> h = new ArrayList<>();
        h.add("Time expressions: " + IsnadTimexes.name() + " and " + other.name());
        h.add(String.format(Locale.ROOT, "Data: %s, %,d reports, %,d characters%s; the reader skipped %d record(s), %d undated left out",
                options.data().toAbsolutePath().normalize(), corpus.reports().size(), corpus.chars(),
                options.limit() > 0 ? " (--limit " + options.limit() + ")" : "", corpus.unreadable(), corpus.undated()));
        h.add("Each report's creation time (date_extracted) is the other engine's document creation time and, when the");
        h.add("reader found no publication date, Isnad's publication day; both engines see the text as read, clutter included.");
        return h;
    }

    /** Fails before the long run, not after it, when the output file cannot be written. */
    private static void writable(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // Opened for appending, so that an earlier report stays whole until the new one is written.
            Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND).close();
        } catch (IOException | RuntimeException e) {
            throw new BenchException("cannot write the output file " + file.toAbsolutePath().normalize() + ": " + e);
        }
    }

    private static void write(Path file, Consumer<PrintStream> body) throws IOException {
        try (OutputStream o = Files.newOutputStream(file);
             PrintStream p = new PrintStream(o, false, StandardCharsets.UTF_8)) {
            body.accept(p);
            if (p.checkError()) {
                throw new IOException("could not write " + file);
            }
        }
    }
}
