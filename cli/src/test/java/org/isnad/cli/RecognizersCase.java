package org.isnad.cli;

import java.time.LocalDateTime;
import java.util.List;
import org.isnad.model.Span;

/**
 * One case of a Microsoft Recognizers-Text DateTime spec file ({@code ../shared/data/
 * arabic_timex_testvectors/recognizers_text_specs/DateTime}): an input, the "now" it is read
 * against, and the expressions the spec expects in it.
 *
 * @param index     the case's place in its file, from 0
 * @param reference the spec's {@code Context.ReferenceDateTime}, else the harness's default
 */
record RecognizersCase(String file, int index, String input, LocalDateTime reference, List<Expected> expected) {
    /**
     * One expected result.
     *
     * @param span    where {@code text} is in the input (trimmed), null when it cannot be found there
     * @param how     how the span was found (the spec's offsets are sometimes off, or its text re-spelt)
     * @param type    the spec's {@code Type} or {@code TypeName}
     * @param timexes the TIMEX values the spec accepts (several when it lists alternatives), empty in
     *                extractor files and for "not resolved"
     * @param mod     the spec's {@code Mod} (before, after, since), null when it gives none
     */
    record Expected(String text, Span span, SpecSpanLocator.How how, String type, List<String> timexes, String mod) {
        boolean isSet() {
            return type.endsWith("set");
        }

        boolean hasTimex() {
            return !timexes.isEmpty();
        }
    }

    /** "DateParser.json#30": the key of the split, the exclusions and the dump. */
    String id() {
        return file + "#" + index;
    }

    /** The file family: DatePeriodExtractor.json and DatePeriodParser.json are DatePeriod; DateTimeModel.json is Model. */
    String family() {
        String name = file.replace(".json", "");
        if (name.endsWith("Model")) {
            return "Model";
        }
        return name.replaceFirst("(Extractor|Parser)$", "");
    }

    /** Extractor files give spans only; the share of spurious expressions is measured on them. */
    boolean extractorFile() {
        return file.endsWith("Extractor.json");
    }
}
