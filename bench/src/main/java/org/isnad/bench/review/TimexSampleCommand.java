package org.isnad.bench.review;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.Isnad;
import org.isnad.bench.BenchException;
import org.isnad.bench.BenchOptions;
import org.isnad.bench.OptionReader;

/**
 * Draws timexes for a hand review of precision, or checks a verdicts file (issue 6):
 * <pre>
 *   --seed S [--n N] [--out FILE] [--unjudged DIR] [DATA.jsonl]
 *                                                  every record analysed, n of all timexes drawn and listed
 *                                                  (with --unjudged, of those no verdicts file in DIR names)
 *   --check VERDICTS [DATA.jsonl]                  the records a verdicts file names re-run and checked
 * </pre>
 * DATA defaults as for the benchmark (the SaudiNewsNet sample). A listing holds article text, so
 * {@code --out} refuses a path inside the repository. Exit: 0 done, 1 failed or problems, 2 usage.
 */
public final class TimexSampleCommand {
    static final String USAGE = """
            usage: --seed S [--n N] [--out FILE] [--unjudged DIR] [DATA.jsonl]
               or: --check VERDICTS.tsv [DATA.jsonl]
              --seed S      the draw's seed (a whole number); same seed and engine, same sample
              --n N         timexes to draw (default 150)
              --out FILE    write the listing there (outside the repository), else to standard output
              --unjudged D  draw only timexes that no verdicts file (*.tsv) in folder D names by record and
                            offsets: a held-out sample, never looked at while the engine was tuned
              --check F     re-run the records a verdicts file names and say what no longer holds
              DATA.jsonl    default: $ISNAD_BENCH_DATA, else %s under the repository root
            """.formatted(BenchOptions.DEFAULT_DATA);

    private TimexSampleCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (BenchException e) {
            err.println("timex-sample: " + e.getMessage());
            return 2;
        }
        if (o == null) {
            out.print(USAGE);
            return 0;
        }
        try {
            return o.check != null ? check(o, out, err) : sample(o, out, err);
        } catch (BenchException | IllegalArgumentException e) {
            err.println("timex-sample: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("timex-sample: " + e);
            return 1;
        }
    }

    private static int sample(Options o, PrintStream out, PrintStream err) throws IOException {
        ReviewCorpus corpus = ReviewCorpus.load(o.data);
        RecordRun run = new RecordRun();
        List<FoundTimex> pool = new ArrayList<>();
        // Records are independent runs, so they may go in parallel; the pool is sorted before the draw.
        for (RecordRun.Result r : corpus.records().parallelStream().map(run::analyse).toList()) {
            r.report().timexes().forEach(t -> pool.add(new FoundTimex(r, t)));
        }
        int whole = pool.size();
        if (o.unjudged != null) {
            java.util.Set<String> judged = JudgedLines.in(o.unjudged);
            pool.removeIf(f -> judged.contains(JudgedLines.key(f.recordId(), f.timex().span().start(), f.timex().span().end())));
            err.printf("timex-sample: %d of %d timexes judged before (in %s) left out of the draw%n", whole - pool.size(), whole, o.unjudged);
        }
        List<FoundTimex> sample = TimexSampler.draw(pool, FoundTimex.ORDER, o.seed, o.n);
        SampleHeader header = new SampleHeader(o.seed, o.n, sample.size(), pool.size(), corpus.records().size(),
                corpus.unreadable(), Isnad.ENGINE, System.getProperty("isnad.commit", "unknown"), o.data.toString(),
                o.unjudged == null ? null : (whole - pool.size()) + " timexes judged before (" + o.unjudged + ") left out");
        if (o.out == null) {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            TimexListing.print(w, header, sample);
            return 0;
        }
        try (Writer file = Files.newBufferedWriter(o.out, StandardCharsets.UTF_8)) {
            TimexListing.print(new PrintWriter(file), header, sample);
        }
        err.printf("timex-sample: %d of %d timexes (%d records) written to %s%n",
                sample.size(), pool.size(), corpus.records().size(), o.out);
        return 0;
    }

    private static int check(Options o, PrintStream out, PrintStream err) throws IOException {
        List<Verdict> verdicts = VerdictFile.parse(Files.readString(o.check, StandardCharsets.UTF_8));
        VerdictCheck.Outcome outcome = VerdictRun.check(verdicts, o.data);
        outcome.problems().forEach(out::println);
        out.println(outcome.summary());
        return outcome.problems().isEmpty() ? 0 : 1;
    }

    /** Parsed arguments; {@code check} set means check mode. */
    record Options(Long seed, int n, Path out, Path check, Path data, Path unjudged) {
        static Options parse(String[] args) {
            Path unjudged = null;
            Long seed = null;
            int n = 150;
            Path out = null;
            Path check = null;
            Path data = null;
            OptionReader read = new OptionReader(args, USAGE);
            for (String a; (a = read.next()) != null; ) {
                switch (a) {
                    case "--seed" -> seed = read.number(a);
                    case "--n" -> {
                        long v = read.number(a);
                        if (v < 1 || v > Integer.MAX_VALUE) {
                            throw new BenchException("--n wants a count of at least 1, not " + v);
                        }
                        n = (int) v;
                    }
                    case "--out" -> out = Path.of(read.value(a));
                    case "--check" -> check = Path.of(read.value(a));
                    case "--unjudged" -> unjudged = Path.of(read.value(a));
                    default -> data = read.data(a, data);
                }
            }
            if (read.helpAsked()) {
                return null;
            }
            if ((seed == null) == (check == null)) {
                throw new BenchException("give either --seed (to draw a sample) or --check (to check verdicts)\n" + USAGE);
            }
            if (out != null && insideRepository(out)) {
                throw new BenchException("--out " + out + " is inside the repository; a listing holds article text,"
                        + " write it elsewhere (e.g. /tmp or the workspace's notes)");
            }
            if (unjudged != null && !Files.isDirectory(unjudged)) {
                throw new BenchException("--unjudged " + unjudged + " is not a folder of verdicts files");
            }
            return new Options(seed, n, out, check, data != null ? data : BenchOptions.defaultData(), unjudged);
        }

        private static boolean insideRepository(Path out) {
            String root = System.getProperty("isnad.root");
            return root != null && out.toAbsolutePath().normalize().startsWith(Path.of(root).toAbsolutePath().normalize());
        }
    }
}
