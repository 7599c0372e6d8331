package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The starts a regex's matches can have, read off the regex (issue 6, the throughput regression). */
class MatchPrefixesTest {
    @Test
    void wordsGiveTheirFirstCharsAndAnOptionalArticleBothWays() {
        MatchPrefixes p = MatchPrefixes.of("(?:ال)?(?:يوم|شهر)\\s+\\d", false);
        assertThat(p.prefixes()).containsExactlyInAnyOrder("الي", "الش", "يوم", "شهر");
        assertThat(p.mayStartAt("في اليوم 3", 3)).isTrue();
        assertThat(p.mayStartAt("في الأمس", 3)).isFalse();
        assertThat(p.mayStartAt("شهرين", 0)).isTrue();
    }

    @Test
    void lookaroundsAreReadAsEmptyAndLargeClassesAsAnything() {
        MatchPrefixes p = MatchPrefixes.of("(?<![\\p{L}])(?=\\d)\\d{1,2}[/.-]", false);
        assertThat(p.mayStartAt("12/3", 0)).isTrue();
        assertThat(p.mayStartAt("x12", 0)).isFalse();
        assertThat(MatchPrefixes.of("\\p{L}+\\s+عام", false)).as("a match may start with any letter").isNull();
        assertThat(MatchPrefixes.of("(?i)may", false)).as("inline flags are not read").isNull();
    }

    @Test
    void aRunOfDigitsCountsOnceSoTheWordAfterANumberIsLookedAt() {
        MatchPrefixes p = MatchPrefixes.of("\\d{1,2}\\s+(?:يوم|شهر)", false);
        assertThat(p.prefixes()).contains("0 ي", "0 ش").allMatch(s -> s.startsWith("0"));
        assertThat(p.mayStartAt("15 شهرا", 0)).isTrue();
        assertThat(p.mayStartAt("2000 منزل", 0)).isFalse();
    }

    @Test
    void caseFoldingFollowsTheRegex() {
        MatchPrefixes p = MatchPrefixes.of("march|may", true);
        assertThat(p.mayStartAt("March 3", 0)).isTrue();
        assertThat(p.mayStartAt("MAY", 0)).isTrue();
        assertThat(p.mayStartAt("June", 0)).isFalse();
    }

    @Test
    void openingLookbehindsAreSplitOffUnlessTheyHoldAGroup() {
        LeadingLookbehinds s = LeadingLookbehinds.of("(?<=في\\s)(?<!\\d\\s)(?<day>\\d+)");
        assertThat(s.lookbehinds()).isEqualTo("(?<=في\\s)(?<!\\d\\s)");
        assertThat(s.rest()).isEqualTo("(?<day>\\d+)");
        assertThat(LeadingLookbehinds.of("(?<=(?<w>يوم)\\s)\\d").lookbehinds()).isEmpty();
    }
}
