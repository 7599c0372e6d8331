package org.isnad.lang.ar;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.isnad.clean.ClutterDetector;
import org.isnad.clean.ClutterRules;
import org.isnad.grammar.Counting;
import org.isnad.grammar.NounForms;
import org.isnad.grammar.VerbForms;
import org.isnad.grammar.NumberWords;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.isnad.lang.LanguagePack;
import org.isnad.model.StoryCalendar;
import org.isnad.time.ResolutionPolicy;
import org.isnad.time.StoryZone;
import org.isnad.time.TimeContext;
import org.isnad.time.Timex;
import org.isnad.time.TimexTagger;
import org.isnad.model.Removal;
import org.isnad.text.Normaliser;
import org.isnad.text.Quote;
import org.isnad.text.Segment;
import org.isnad.text.Segmentation;
import org.isnad.text.Segmenter;

/**
 * What the {@code # example:} lines of each resource folder mean: the folder's runner turns the
 * example input into the text the example expects. To add a folder, add one line to {@link #all}.
 */
final class ExampleRunners {
    private ExampleRunners() {
    }

    static Map<String, Function<String, String>> all(LanguagePack pack) {
        Normaliser normaliser = new Normaliser(pack);
        Segmenter segmenter = new Segmenter(pack);
        ClutterDetector clutter = new ClutterDetector(ClutterRules.load(pack, normaliser));
        TimexTagger timex = new TimexTagger(pack, normaliser);
        StoryZone zones = new StoryZone(timex);
        TimeContext asOf = new TimeContext(null, EXAMPLE_NOW, StoryCalendar.UNKNOWN, ResolutionPolicy.load(pack, "news"),
                ZoneOffset.of("+03:00"));
        NumberWords numbers = new NumberWords(pack, normaliser);
        NounForms nouns = new NounForms(pack, normaliser);
        VerbForms verbs = new VerbForms(pack, normaliser);
        Counting counting = new Counting(pack);
        return Map.of(
                "grammar/numbers.tsv", in -> Objects.toString(numbers.value(normaliser.foldPhrase(in)), "-"),
                "grammar/noun-forms.tsv", in -> String.join(" ", nouns.of(in, List.of()).keySet()),
                "grammar/verb-forms.tsv", in -> String.join(" ", verbs.perfect(in)),
                "grammar/counting.tsv", in -> counting.formAfter(new java.math.BigDecimal(in)).name().toLowerCase(java.util.Locale.ROOT),
                "time", in -> timexes(timex.tag(in, asOf)),
                "place", in -> Objects.requireNonNullElse(zones.offsetOfTexts(List.of(normaliser.normalise(in).text()),
                        EXAMPLE_NOW.toLocalDate()), "-"),
                "normalise", in -> normaliser.normalise(in).text(),
                "segment", in -> format(in, segmenter.segment(in, normaliser.normalise(in))),
                "clean", in -> clutter(in, clutter.find(normaliser.normalise(in)).removed()));
    }

    /** The moment time examples are resolved at (index.txt says so). */
    static final LocalDateTime EXAMPLE_NOW = LocalDateTime.of(2024, 12, 10, 10, 0);

    /** The format of the time files' examples: each value (or "?"), with " relativeTo=…" when it hangs on an event. */
    static String timexes(List<Timex> found) {
        return found.isEmpty() ? "-" : found.stream()
                .map(t -> Objects.requireNonNullElse(t.value(), "?") + (t.mod() == null ? "" : " mod=" + t.mod())
                        + (t.relativeTo() == null ? "" : " relativeTo=" + t.relativeTo()))
                .collect(Collectors.joining(" | "));
    }

    /** The format of the clean files' examples: {@code reason:text} per removal joined by " | ", or "-". */
    static String clutter(String text, List<Removal> removed) {
        return removed.isEmpty() ? "-" : removed.stream()
                .map(r -> r.reason().code() + ":" + r.span().of(text))
                .collect(Collectors.joining(" | "));
    }

    /** The format documented in the headers of the segment files. */
    static String format(String text, Segmentation s) {
        String sentences = s.sentences().stream()
                .map(seg -> tag(seg) + ":" + clausesOf(text, seg, s.clauses()))
                .collect(Collectors.joining(" | "));
        if (s.quotes().isEmpty()) {
            return sentences;
        }
        return sentences + " ‖ " + s.quotes().stream().map(q -> quote(text, q)).collect(Collectors.joining(" ; "));
    }

    private static String tag(Segment seg) {
        return switch (seg.kind()) {
            case HEADLINE -> "H";
            case BULLET -> "B";
            default -> "S";
        };
    }

    private static String clausesOf(String text, Segment sentence, List<Segment> clauses) {
        List<String> inside = clauses.stream()
                .filter(c -> sentence.span().contains(c.span()))
                .map(c -> c.span().of(text))
                .toList();
        return inside.size() > 1 ? String.join(" / ", inside) : sentence.span().of(text);
    }

    private static String quote(String text, Quote q) {
        String speaker = q.speaker() == null ? "?" : q.speaker().of(text);
        String words = q.span().of(text);
        return speaker + " ⟶ " + (q.marked() ? "«" + words + "»" : "⟨" + words + "⟩");
    }

    /** Example lines write a line break as \n and any char as \\uXXXX. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'n') {
                sb.append('\n');
                i++;
            } else if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
