package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.Isnad;
import org.isnad.RunOptions;
import org.isnad.io.ReadOptions;
import org.isnad.io.ReadResult;
import org.isnad.io.ReportReader;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.model.Publication;
import org.isnad.model.Removal;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.ProgressListener;
import org.isnad.pipeline.Timeline;
import org.isnad.time.Timex;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample, end to end (issues 2 and 3): what is read, cleaned and dated, one line per
 * fact, against {@code golden/sample.expected.txt}. A change that moves any of it shows here; when
 * the move is an improvement, regenerate the file with {@code -Disnad.updateGolden=true} and review
 * the diff.
 */
class SampleGoldenTest {
    private static final String GOLDEN = "golden/sample.expected.txt";

    @Test
    void sampleReports() throws IOException {
        Path root = Path.of(System.getProperty("isnad.root", "..")).toAbsolutePath().normalize();
        ReadResult read = new ReportReader(ReadOptions.defaults()).read(List.of(root.resolve("sample/reports").toString()));
        assertThat(read.failures()).isEmpty();
        Timeline t = Isnad.create(new ArabicLanguagePack()).analyse(read.documents(), RunOptions.defaults(), ProgressListener.NONE);
        String actual = describe(t);
        if (Boolean.getBoolean("isnad.updateGolden")) {
            Files.writeString(root.resolve("cli/src/test/resources/" + GOLDEN), actual);
        }
        try (InputStream in = SampleGoldenTest.class.getResourceAsStream("/" + GOLDEN)) {
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String describe(Timeline t) {
        StringBuilder sb = new StringBuilder();
        sb.append("story ").append(t.story().earliest()).append(' ').append(t.story().latest())
                .append(" timezone ").append(t.timezone()).append('\n');
        for (AnalysedReport r : t.reports()) {
            Publication p = r.document().publication();
            sb.append("\ndocument ").append(r.document().id()).append(" | title ").append(r.document().title())
                    .append(" | publisher ").append(r.document().publisher()).append(" | author ").append(r.document().author())
                    .append(" | published ").append(p.published()).append(' ').append(p.earliest()).append(' ').append(p.latest())
                    .append('\n');
            for (Removal rm : r.removed()) {
                sb.append("  removed ").append(rm.reason().code()).append(" | ").append(rm.span().of(r.text())).append('\n');
            }
            for (Timex x : r.timexes()) {
                sb.append("  timex ").append(x.text()).append(" | ").append(x.type()).append(' ').append(x.value())
                        .append(" | ").append(x.anchor()).append(x.quote() ? " | quote" : "")
                        .append(x.mod() == null ? "" : " | mod " + x.mod())
                        .append(x.relativeTo() == null ? "" : " | relativeTo " + x.relativeTo()).append('\n');
            }
        }
        return sb.toString();
    }
}
