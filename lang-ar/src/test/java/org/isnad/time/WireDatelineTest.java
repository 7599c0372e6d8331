package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.isnad.Isnad;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.isnad.model.Document;
import org.isnad.pipeline.AnalysedReport;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 (precision review of SaudiNewsNet, seed 5): a wire report opens with its place and a date
 * in both calendars and ends with its filing time. The place need not be one the gazetteer knows,
 * and a filing time is never put on a day the story announces.
 */
class WireDatelineTest {
    private static final Isnad ENGINE = Isnad.create(new ArabicLanguagePack());

    private static AnalysedReport analyse(String text) {
        return ENGINE.analyseReport(Document.of("wire", text));
    }

    @Test
    void anUnknownPlaceBeforeADateInBothCalendarsOpensADateline() {
        AnalysedReport r = analyse("أملج 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n"
                + "افتتح المحافظ اليوم معرضا للكتاب يستمر حتى 16 أغسطس 2015.\n// انتهى // 15:24 ت م");

        assertThat(r.document().publication().published()).isEqualTo(LocalDate.of(2015, 8, 11));
        assertThat(r.timexes()).anySatisfy(t -> assertThat(t.value()).startsWith("2015-08-11T15:24"));
    }

    /** Seeds 15 and 20: a wire's filing time is on the day its dateline names, the Gregorian echo misspelt apart. */
    @Test
    void aFilingTimeIsOnTheDatelinesDay() {
        String text = "طرابلس 26 شوال 1436ه لموافق 11 اغسطس 2015م .واس\nأعلنت الجامعة عن الإجراءات اللازمة للطلاب.\n// انتهى //\n12:09 ت م";
        AnalysedReport r = analyse(text);
        Timex filed = r.timexes().stream().filter(t -> t.text().startsWith("12:09")).findFirst().orElseThrow();
        assertThat(filed.value()).isEqualTo("2015-08-11T12:09+03:00"); // Mecca time, said "ت م"
        assertThat(filed.anchor()).isEqualTo("publication");
    }

    @Test
    void aHeadLineOfWordsAndAGregorianDateIsNoDateline() {
        AnalysedReport r = analyse("وصل الرئيس 5 ديسمبر 2024\nوقال إن الزيارة مهمة.");

        assertThat(r.document().publication() == null || r.document().publication().published() == null).isTrue();
    }

    @Test
    void aFilingTimeWithNoPublicationStaysUndated() {
        AnalysedReport r = analyse("تفتتح السوق أبوابها في 16 أغسطس 2015 بحضور الأمير.\n// انتهى // 15:24 ت م");

        assertThat(r.timexes()).filteredOn(t -> t.text().contains("15:24"))
                .singleElement().satisfies(t -> assertThat(t.value()).isNull());
    }
}
