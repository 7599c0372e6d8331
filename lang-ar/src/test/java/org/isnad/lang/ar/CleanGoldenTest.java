package org.isnad.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.isnad.Isnad;
import org.isnad.model.Document;
import org.isnad.pipeline.AnalysedReport;
import org.junit.jupiter.api.Test;

/**
 * Golden files for the cleaner (issue 2): a page copied as text, with its clutter, and the clutter
 * it must find, one {@code reason: text} line each. Content lines must survive.
 */
class CleanGoldenTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = CleanGoldenTest.class.getResourceAsStream("/golden/clean/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pastedPage() throws IOException {
        String text = resource("pasted-page.txt");
        AnalysedReport r = Isnad.create(new ArabicLanguagePack()).analyseReport(Document.of("pasted-page", text));
        String found = r.removed().stream()
                .map(rm -> rm.reason().code() + ": " + rm.span().of(text))
                .collect(Collectors.joining("\n"));
        assertThat(found).isEqualTo(resource("pasted-page.expected.txt").strip());
        assertThat(r.document().title()).isEqualTo("افتتاح محطة تحلية جديدة على الساحل الشمالي");
    }
}
