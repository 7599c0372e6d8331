package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.model.StoryCalendar;
import org.isnad.text.Normaliser;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: the dates only a calendar assistant's user writes ("عدت إلى 27", "سأعود 4/22") count
 * under the recognizers profile's assistant-forms and never in news, where they are counts and scores.
 */
class AssistantFormsPolicyTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2016, 11, 7, 0, 0);
    private final ArabicLanguagePack pack = new ArabicLanguagePack();
    private final TimexTagger tagger = new TimexTagger(pack, new Normaliser(pack));

    private List<String> values(String text, String profile) {
        ResolutionPolicy p = ResolutionPolicy.load(pack, profile);
        return tagger.tag(text, new TimeContext(null, NOW, StoryCalendar.UNKNOWN, p, ZoneOffset.UTC)).stream()
                .map(t -> t.text() + "=" + t.value()).toList();
    }

    @Test
    void aCalendarAssistantReadsABareDayAndMonth() {
        assertThat(values("عدت إلى 27", "recognizers")).containsExactly("إلى 27=2016-11-27");
        assertThat(values("سوف أعود 4/22", "recognizers")).containsExactly("4/22=2017-04-22");
        assertThat(values("سأعود 22-4", "recognizers")).containsExactly("22-4=2017-04-22");
    }

    @Test
    void twoHoursAndAPartOfDayStayAStretchOfHours() {
        assertThat(values("الاثنين 8-9 صباحا", "recognizers")).hasSize(1).allMatch(v -> v.contains("T08:00/"));
    }

    @Test
    void newsReadsThemAsNoTime() {
        assertThat(values("ارتفع عدد القتلى إلى 27", "news")).isEmpty();
        assertThat(values("فاز الفريق 22-4", "news")).isEmpty();
        assertThat(ResolutionPolicy.load(pack, "news").assistantForms()).isFalse();
    }
}
