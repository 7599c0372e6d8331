package org.isnad.io.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Metadata kept next to a report in {@code NAME.meta.json}: the same fields as a JSON record (id, url,
 * published, publisher, title, author, relays). A broken sidecar is reported but never costs the report.
 */
final class SidecarMetadata {
    static final String IGNORED = "sidecar metadata ignored, the report was read without it: ";

    private final ByteSource bytes;
    private final TextDecoder decoder;
    private final ObjectMapper json;

    SidecarMetadata(ByteSource bytes, TextDecoder decoder, ObjectMapper json) {
        this.bytes = bytes;
        this.decoder = decoder;
        this.json = json;
    }

    static Path sidecarOf(Path report) {
        return report.resolveSibling(ReportKind.stem(report.getFileName().toString()) + ReportKind.SIDECAR_SUFFIX);
    }

    /** The sidecar's metadata, {@link ReportMetadata#NONE} when there is no sidecar or it is broken. */
    ReportMetadata read(Path report, Outcomes outcomes) {
        Path sidecar = sidecarOf(report);
        if (!Files.exists(sidecar, LinkOption.NOFOLLOW_LINKS)) {
            return ReportMetadata.NONE;
        }
        try {
            JsonNode root = json.readTree(decoder.decode(bytes.read(sidecar)).text());
            if (root == null || !root.isObject()) {
                outcomes.fail(sidecar.toString(), IGNORED + "not a JSON object");
                return ReportMetadata.NONE;
            }
            return JsonFields.metadata(root, "sidecar " + sidecar.getFileName());
        } catch (ReadProblem e) {
            outcomes.fail(sidecar.toString(), IGNORED + e.reason());
        } catch (JsonProcessingException e) {
            outcomes.fail(sidecar.toString(), IGNORED + JsonErrors.describe(e, true));
        }
        return ReportMetadata.NONE;
    }
}
