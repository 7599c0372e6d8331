package org.isnad.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.lang.LanguagePack;
import org.isnad.lang.ResourceFile;
import org.isnad.model.ClutterReason;
import org.isnad.text.Normaliser;
import org.isnad.text.Punctuation;
import org.isnad.text.Tokenizer;

/**
 * The clutter phrases of a language pack, folded once into word sequences. Interprets
 * {@code clean/phrases.tsv}, {@code clean/byline.tsv} and {@code clean/captions.tsv}.
 */
public final class ClutterRules {
    /** How a phrase marks clutter; see the header of {@code clean/phrases.tsv}. */
    enum How { LINE, START, CUE, HEADER }

    record Phrase(ClutterReason reason, How how, List<String> words) {
    }

    enum BylineKind { PREFIX, PREFIX_ANY, SUFFIX, BIO }

    record BylinePhrase(BylineKind kind, List<String> words) {
    }

    private static final Set<String> HOW = Set.of("line", "start", "cue", "header");

    final List<Phrase> phrases;
    final List<BylinePhrase> bylines;
    final List<List<String>> captions;
    /** Chars that may stand between a byline's cue and the name. */
    final String bylineSeparators;
    final Punctuation punctuation;

    private ClutterRules(List<Phrase> phrases, List<BylinePhrase> bylines, List<List<String>> captions, String bylineSeparators,
                         Punctuation punctuation) {
        this.phrases = List.copyOf(phrases);
        this.bylines = List.copyOf(bylines);
        this.captions = List.copyOf(captions);
        this.bylineSeparators = bylineSeparators;
        this.punctuation = punctuation;
    }

    public static ClutterRules load(LanguagePack pack, Normaliser normaliser) {
        List<Phrase> phrases = new ArrayList<>();
        ResourceFile file = pack.resource("clean/phrases.tsv");
        for (ResourceFile.Entry e : file.entries()) {
            if (e.fields().size() != 3 || !HOW.contains(e.field(1))) {
                throw file.error(e, "expected reason<TAB>line|start|cue|header<TAB>phrase");
            }
            ClutterReason reason;
            try {
                reason = ClutterReason.fromCode(e.field(0));
            } catch (IllegalArgumentException ex) {
                throw file.error(e, ex.getMessage());
            }
            phrases.add(new Phrase(reason, How.valueOf(e.field(1).toUpperCase(java.util.Locale.ROOT)),
                    words(file, e, normaliser, e.field(2))));
        }
        List<BylinePhrase> bylines = new ArrayList<>();
        StringBuilder separators = new StringBuilder();
        ResourceFile by = pack.resource("clean/byline.tsv");
        for (ResourceFile.Entry e : by.entries()) {
            if (e.field(0).equals("separator")) {
                if (e.field(1).length() != 1) {
                    throw by.error(e, "a separator is one char");
                }
                separators.append(e.field(1));
                continue;
            }
            BylineKind kind = switch (e.field(0)) {
                case "prefix" -> BylineKind.PREFIX;
                case "prefix-any" -> BylineKind.PREFIX_ANY;
                case "suffix" -> BylineKind.SUFFIX;
                case "bio" -> BylineKind.BIO;
                default -> throw by.error(e, "expected prefix|prefix-any|suffix|bio|separator<TAB>phrase");
            };
            bylines.add(new BylinePhrase(kind, words(by, e, normaliser, e.field(1))));
        }
        List<List<String>> captions = new ArrayList<>();
        ResourceFile cap = pack.resource("clean/captions.tsv");
        for (ResourceFile.Entry e : cap.entries()) {
            captions.add(words(cap, e, normaliser, e.field(0)));
        }
        return new ClutterRules(phrases, bylines, captions, separators.toString(), new Punctuation(pack));
    }

    private static List<String> words(ResourceFile file, ResourceFile.Entry e, Normaliser n, String phrase) {
        List<String> w = Tokenizer.forms(n, phrase);
        if (w.isEmpty()) {
            throw file.error(e, "phrase has no words");
        }
        return w;
    }
}
