package org.isnad.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.isnad.model.Document;
import org.isnad.model.Publication;
import org.isnad.model.Removal;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.pipeline.Timeline;
import org.isnad.time.Timex;

/**
 * Writes {@code timeline.json} (schema {@code isnad.timeline/1}). Field order is fixed and
 * reports keep the run's order, so the same input gives the same bytes apart from
 * {@code meta.created}. The file is written beside its destination and moved into place, so a
 * failed write never destroys a timeline already there.
 */
public final class TimelineJsonWriter {
    public static final String SCHEMA = "isnad.timeline/1";

    private final JsonFactory factory = new JsonFactory();

    public void write(Timeline timeline, Instant created, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(timeline, created, out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public void write(Timeline timeline, Instant created, OutputStream out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            pp.indentArraysWith(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            writeMeta(g, timeline, created);
            g.writeArrayFieldStart("documents");
            for (AnalysedReport r : timeline.reports()) {
                writeDocument(g, r);
            }
            g.writeEndArray();
            writeTimexes(g, timeline);
            for (String empty : new String[] {"entities", "sources", "claims", "events"}) {
                g.writeArrayFieldStart(empty);
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeMeta(JsonGenerator g, Timeline t, Instant created) throws IOException {
        g.writeObjectFieldStart("meta");
        g.writeStringField("engine", t.engine());
        g.writeStringField("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        g.writeStringField("timezone", t.timezone());
        g.writeObjectFieldStart("story");
        date(g, "earliest", t.story().earliest());
        date(g, "latest", t.story().latest());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeDocument(JsonGenerator g, AnalysedReport r) throws IOException {
        Document d = r.document();
        Publication p = d.publication();
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("path", d.path());
        g.writeStringField("text", d.text());
        g.writeStringField("language", d.language());
        g.writeStringField("title", d.title());
        g.writeStringField("url", d.url());
        g.writeStringField("author", d.author());
        g.writeStringField("publisher", d.publisher());
        g.writeArrayFieldStart("relays");
        for (String relay : d.relays()) {
            g.writeString(relay);
        }
        g.writeEndArray();
        date(g, "published", p.published());
        date(g, "publishedEarliest", p.earliest());
        date(g, "publishedLatest", p.latest());
        g.writeStringField("publishedEvidence", p.evidence());
        g.writeArrayFieldStart("removed");
        for (Removal rm : r.removed()) {
            g.writeStartObject();
            g.writeNumberField("start", rm.span().start());
            g.writeNumberField("end", rm.span().end());
            g.writeStringField("reason", rm.reason().code());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeTimexes(JsonGenerator g, Timeline timeline) throws IOException {
        g.writeArrayFieldStart("timexes");
        int n = 0;
        for (AnalysedReport r : timeline.reports()) {
            for (Timex t : r.timexes()) {
                g.writeStartObject();
                g.writeStringField("id", "t" + ++n);
                g.writeStringField("doc", r.document().id());
                g.writeNumberField("start", t.span().start());
                g.writeNumberField("end", t.span().end());
                g.writeStringField("text", t.text());
                g.writeStringField("type", t.type() == null ? null : t.type().name());
                g.writeStringField("value", t.value());
                g.writeStringField("earliest", t.earliest());
                g.writeStringField("latest", t.latest());
                g.writeStringField("anchor", t.anchor());
                g.writeStringField("relativeTo", t.relativeTo());
                g.writeBooleanField("quote", t.quote());
                g.writeStringField("mod", t.mod());
                if (t.note() != null) {
                    g.writeStringField("note", t.note());
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void date(JsonGenerator g, String field, LocalDate value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value.toString());
        }
    }
}
