package org.isnad.io.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads one report file of any kind into documents and failures. */
public final class ReportReading {
    private final ByteSource bytes;
    private final TextDecoder decoder = new TextDecoder();
    private final HtmlExtractor html;
    private final JsonRecordReader records;
    private final SidecarMetadata sidecars;

    public ReportReading(ByteSource bytes, ObjectMapper json) {
        this.bytes = bytes;
        this.html = new HtmlExtractor(json);
        this.records = new JsonRecordReader(json, html);
        this.sidecars = new SidecarMetadata(bytes, decoder, json);
    }

    public void read(ReportFile file, Outcomes outcomes) throws ReadProblem {
        String text = decoder.decode(bytes.read(file.path())).text();
        switch (file.kind()) {
            case TXT -> outcomes.add(Documents.of(file.stem(), file.display(), text,
                    sidecars.read(file.path(), outcomes)));
            case HTML -> {
                ExtractedHtml page = html.extract(text);
                ReportMetadata metadata = page.metadata().overriddenBy(sidecars.read(file.path(), outcomes));
                outcomes.add(Documents.of(file.stem(), file.display(), page.text(), metadata));
            }
            case JSON -> records.readJson(file.display(), file.stem(), text, outcomes);
            case JSONL -> records.readJsonLines(file.display(), file.stem(), text, outcomes);
        }
    }
}
