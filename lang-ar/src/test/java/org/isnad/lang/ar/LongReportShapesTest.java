package org.isnad.lang.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.isnad.Isnad;
import org.isnad.model.ClutterReason;
import org.isnad.model.Document;
import org.isnad.model.Removal;
import org.isnad.model.Span;
import org.isnad.pipeline.AnalysedReport;
import org.isnad.text.Quote;
import org.isnad.time.Timex;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: every per-report stage is linear in the report's length whatever its shape. Each test
 * takes one of the places that used to scan the rest of a line (or of the report) per cue, quote
 * or date, gives it a long report of that shape, and checks that it finds what a short report of
 * the same pieces finds, piece by piece. Behaviour only: the speed is in the bench's hostile part.
 */
class LongReportShapesTest {
    private static final Isnad ENGINE = Isnad.create(new ArabicLanguagePack());
    private static final int PIECES = 3000;

    private static AnalysedReport analyse(String text) {
        return ENGINE.analyseReport(Document.of("long", text));
    }

    /** ClutterDetector: each teaser of a one-line page runs to the next bullet (TeaserEnds). */
    @Test
    void teasersOnOneLongLineEndAtTheirOwnBullet() {
        String piece = "خبر عن الطريق الجديد ▪ اقرأ أيضًا: افتتاح المستشفى  ▪ ";
        String text = piece.repeat(PIECES) + "خبر";
        List<Removal> removed = analyse(text).removed();

        assertThat(removed).hasSize(PIECES);
        for (Removal r : removed) {
            assertThat(r.reason()).isEqualTo(ClutterReason.TEASER);
            assertThat(r.span().of(text)).isEqualTo("اقرأ أيضًا: افتتاح المستشفى");
        }
    }

    /** ClutterDetector: a long teaser stops at its first sentence end, however far the line goes on. */
    @Test
    void longTeasersOnOneLineStopAtTheirFirstSentenceEnd() {
        String piece = "اقرأ أيضًا: الطريق الجديد يفتح أبوابه للسكان. ";
        String text = "بدأ العمل. " + piece.repeat(PIECES);
        List<Removal> removed = analyse(text).removed();

        // The last few cues are within a short teaser's reach of the line end: they run to it and merge.
        assertThat(removed.subList(0, PIECES - 10)).allSatisfy(r ->
                assertThat(r.span().of(text)).isEqualTo(piece.strip()));
        assertThat(removed.get(removed.size() - 1).span().end()).isEqualTo(text.strip().length());
        assertThat(text.substring(0, removed.get(0).span().start())).isEqualTo("بدأ العمل. ");
    }

    /** ClutterDetector: a page of related-article blocks, each header scanning only its own titles. */
    @Test
    void manyBlocksOfRelatedTitles() {
        String block = "مقالات ذات صلة\nافتتاح المستشفى الجديد\nطريق المدينة يعود للعمل\n";
        String sentence = "وأعلنت الوزارة أن العمل سيبدأ في كل المدن.";
        String text = block.repeat(PIECES) + sentence + "\nمقالات ذات صلة\nعنوان آخر";
        List<Removal> removed = analyse(text).removed();

        assertThat(removed).hasSize(3 * PIECES + 2);
        for (int i = 0; i < removed.size(); i++) {
            assertThat(removed.get(i).reason()).as("line " + i)
                    .isEqualTo(i % 3 == 0 || i == removed.size() - 2 ? ClutterReason.NAVIGATION : ClutterReason.TEASER);
        }
        int at = text.indexOf(sentence);
        assertThat(removed).noneMatch(r -> r.span().overlaps(new Span(at, at + sentence.length())));
        assertThat(removed.get(removed.size() - 1).span().of(text)).isEqualTo("عنوان آخر");
    }

    /** SpeechFinder: each quote of a long sentence gets the speaker a short one gives it. */
    @Test
    void speakersOfManyQuotesInOneSentence() {
        String piece = "وقال المتحدث باسم الوزارة «سنفتح الطريق غدا»، ";
        String text = piece.repeat(PIECES);
        List<Quote> quotes = analyse(text).segmentation().quotes();

        assertThat(quotes).hasSize(PIECES);
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker().of(text)).isEqualTo("المتحدث باسم الوزارة"));
    }

    /** SpeechFinder: quotes far from any speech verb get no speaker, as in a short report. */
    @Test
    void quotesFarFromTheirVerb() {
        String text = "قال الوزير" + " «نعم»".repeat(PIECES);
        List<Quote> quotes = analyse(text).segmentation().quotes();

        assertThat(quotes).hasSize(PIECES);
        assertThat(quotes.subList(0, 2)).allSatisfy(q -> assertThat(q.speaker().of(text)).isEqualTo("الوزير"));
        assertThat(quotes.subList(2, PIECES)).allSatisfy(q -> assertThat(q.speaker()).isNull());
    }

    /** TimeStage and SpanIndex: one quote holding the whole report and thousands of quoted names and times. */
    @Test
    void timeWordsInAQuoteThatHoldsEverything() {
        String piece = "الطريق مغلق اليوم و«اليوم» اسم صحيفة، ";
        String text = "«" + piece.repeat(PIECES) + "»";
        List<Timex> timexes = analyse(text).timexes();

        // The bare word is a time said in the quote; the one in its own quote marks is a name.
        assertThat(timexes).hasSize(PIECES);
        assertThat(timexes).allSatisfy(t -> {
            assertThat(t.quote()).isTrue();
            assertThat(text.charAt(t.span().start() - 1)).isEqualTo(' ');
        });
    }

    /** DatelineReader: a long line of dates with no cue before them, then the date line. */
    @Test
    void dateLineAfterALongLineOfDates() {
        String text = "زار الوفد المدينة في 7 ديسمبر 2024 ثم ".repeat(PIECES) + "\nنشر في: 9 ديسمبر 2024";
        AnalysedReport r = analyse(text);

        assertThat(r.document().publication().published()).isEqualTo(LocalDate.of(2024, 12, 9));
        assertThat(r.timexes()).hasSize(PIECES + 1);
    }

    /** DatelineReader: the cue opens a line that goes on with thousands of dates. */
    @Test
    void dateLineOpeningALongLineOfDates() {
        String text = "نشر في: 8 ديسمبر 2024 " + "زار الوفد المدينة في 7 ديسمبر 2024 ثم ".repeat(PIECES);

        assertThat(analyse(text).document().publication().published()).isEqualTo(LocalDate.of(2024, 12, 8));
    }
}
