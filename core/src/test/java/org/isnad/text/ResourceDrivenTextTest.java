package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;
import org.isnad.lang.ResourceFormatException;
import org.junit.jupiter.api.Test;

/** The text stages know nothing of a language: everything comes from the pack's files. */
class ResourceDrivenTextTest {
    /** An in-memory pack: resource name to file lines. */
    private record TinyPack(Map<String, List<String>> files) implements LanguagePack {
        @Override
        public String code() {
            return "xx";
        }

        @Override
        public ResourceFile resource(String name) {
            List<String> lines = files.get(name);
            if (lines == null) {
                throw new ResourceFormatException(name, 0, "resource not found");
            }
            return ResourceFile.parse(name, lines);
        }

        @Override
        public double scriptShare(String text) {
            return 1;
        }

        @Override
        public List<String> resourceNames() {
            return List.copyOf(files.keySet());
        }
    }

    private static List<String> file(String... entries) {
        List<String> lines = new java.util.ArrayList<>(List.of("# format: test", "# source: written for this test"));
        lines.addAll(List.of(entries));
        return lines;
    }

    private static Map<String, List<String>> latinPack() {
        Map<String, List<String>> files = new LinkedHashMap<>();
        files.put("normalise/fold/case.tsv", file("U+0041..U+005A\tNFKC", "A\ta", "B\tb", "ß\tss", "U+00B7\tDROP"));
        files.put("normalise/word-chars.tsv", file("U+0061..U+007A"));
        files.put("normalise/glue-words.tsv", file("may", "june"));
        files.put("segment/punctuation.tsv", file(".\tsentence-end", ",\tclause", ":\tspeech-colon"));
        files.put("segment/bullets.tsv", file("•\tanywhere", "-\tline-start"));
        files.put("segment/quote-marks.tsv", file("\"\t\""));
        files.put("segment/speech-verbs.tsv", file("said\tverb", "me\taddressee"));
        return files;
    }

    @Test
    void foldsExpandsDropsAndSplitsFromResources() {
        Normaliser n = new Normaliser(new TinyPack(latinPack()));
        NormalisedText t = n.normalise("AB·ß mayjune x7");
        assertThat(t.text()).isEqualTo("abss may june x 7");
        assertThat(t.originalIndex(2)).isEqualTo(3);
        assertThat(t.originalIndex(3)).isEqualTo(3);
        assertThat(t.originalSpan(0, 4).of("AB·ß")).isEqualTo("AB·ß");
    }

    @Test
    void segmentsWithResourcesOfAnotherLanguage() {
        Segmenter s = new Segmenter(new TinyPack(latinPack()));
        String text = "Intro here. The chief said \"we stay\", then left. • one • two";
        Segmentation seg = s.segment(text, null);
        assertThat(seg.sentences()).extracting(x -> x.span().of(text))
                .containsExactly("Intro here.", "The chief said \"we stay\", then left.", "one", "two");
        assertThat(seg.quotes()).hasSize(1);
        assertThat(seg.quotes().get(0).span().of(text)).isEqualTo("we stay");
        assertThat(seg.quotes().get(0).speaker().of(text)).isEqualTo("The chief");
    }

    @Test
    void malformedLineFailsAtConstructionWithFileAndLine() {
        Map<String, List<String>> files = latinPack();
        files.put("normalise/fold/case.tsv", file("A\ta", "U+ZZ\tb"));
        assertThatThrownBy(() -> new Normaliser(new TinyPack(files)))
                .isInstanceOf(ResourceFormatException.class)
                .hasMessageContaining("normalise/fold/case.tsv:4");
        Map<String, List<String>> bullets = latinPack();
        bullets.put("segment/bullets.tsv", file("•\tsomewhere"));
        assertThatThrownBy(() -> new Segmenter(new TinyPack(bullets)))
                .isInstanceOf(ResourceFormatException.class)
                .hasMessageContaining("segment/bullets.tsv:3");
    }

    @Test
    void withoutFilesNothingIsFolded() {
        Normaliser n = new Normaliser(new TinyPack(Map.of()));
        assertThat(n.normalise("Ab ب24").text()).isEqualTo("Ab ب24");
    }
}
