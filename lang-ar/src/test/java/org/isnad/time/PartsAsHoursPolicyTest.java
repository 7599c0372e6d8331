package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.isnad.lang.ar.ArabicLanguagePack;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: a calendar assistant reads midday as noon and mid-morning as 10:00 (the recognizers
 * profile's parts-as-hours); news keeps them stretches of the day, as TIMEX3 writes them.
 */
class PartsAsHoursPolicyTest {
    private final ArabicLanguagePack pack = new ArabicLanguagePack();

    @Test
    void aCalendarAssistantReadsMiddayAsNoon() {
        ResolutionPolicy p = ResolutionPolicy.load(pack, "recognizers");
        assertThat(p.partAsHour("MI", null)).isEqualTo(LocalTime.NOON);
        assertThat(p.partAsHour("MO", "MID")).isEqualTo(LocalTime.of(10, 0));
        assertThat(p.partAsHour("MO", null)).isNull();
    }

    @Test
    void newsKeepsPartsOfDayAsStretches() {
        ResolutionPolicy p = ResolutionPolicy.load(pack, "news");
        assertThat(p.partAsHour("MI", null)).isNull();
        assertThat(p.partAsHour("MO", "MID")).isNull();
    }
}
