package org.isnad.bench.heideltime;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.isnad.bench.BenchEngine;
import org.isnad.bench.BenchException;
import org.isnad.bench.BenchReport;

/**
 * HeidelTime 2.2.1's standalone tagger for Arabic news, with POS tagging off (its all-languages
 * tokenizer instead), TimeML output. Each report's creation time is its {@link BenchReport#created()}.
 */
public final class HeidelTimeEngine implements BenchEngine {
    /** A config.props file to use instead of the one on the class path. */
    public static final String CONFIG_PROPERTY = "isnad.bench.heideltime.config";
    private static final String CONFIG_RESOURCE = "/org/isnad/bench/heideltime/config.props";
    private static final String TIMEX = "<TIMEX3 ";

    private HeidelTimeStandalone tagger;

    @Override
    public String name() {
        return "HeidelTime 2.2.1 (Arabic, news, no POS)";
    }

    @Override
    public void setUp() throws IOException {
        tagger = newTagger();
    }

    /** HeidelTime for Arabic news, no POS tagging, TimeML output, with this bench's settings. */
    static HeidelTimeStandalone newTagger() throws IOException {
        quietLogging();
        Properties config = config();
        Config.setProps(config);
        // Config is set, so the path argument is not read; it names where the settings came from.
        return new HeidelTimeStandalone(Language.ARABIC, DocumentType.NEWS, OutputType.TIMEML,
                System.getProperty(CONFIG_PROPERTY, "classpath:" + CONFIG_RESOURCE), POSTagger.NO);
    }

    /** A report's creation time as HeidelTime takes it: a {@link Date} in this JVM's zone. */
    static Date creationTime(BenchReport report) {
        return Date.from(report.created().atZone(ZoneId.systemDefault()).toInstant());
    }

    @Override
    public long process(BenchReport report) throws Exception {
        String timeml = tagger.process(report.text(), creationTime(report));
        long n = 0;
        for (int i = timeml.indexOf(TIMEX); i >= 0; i = timeml.indexOf(TIMEX, i + TIMEX.length())) {
            n++;
        }
        return n;
    }

    @Override
    public String foundUnit() {
        return "TIMEX3";
    }

    private static Properties config() throws IOException {
        Properties p = new Properties();
        String file = System.getProperty(CONFIG_PROPERTY);
        try (InputStream in = file != null ? Files.newInputStream(Path.of(file))
                : HeidelTimeEngine.class.getResourceAsStream(CONFIG_RESOURCE)) {
            if (in == null) {
                throw new BenchException("HeidelTime settings not found on the class path: " + CONFIG_RESOURCE);
            }
            p.load(in);
        }
        return p;
    }

    /** HeidelTime and UIMA log through java.util.logging at INFO; the bench keeps warnings only. */
    private static void quietLogging() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler h : root.getHandlers()) {
            h.setLevel(Level.WARNING);
        }
    }
}
