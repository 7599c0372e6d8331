package org.isnad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lexicons every match of a pattern holds, read off the pattern (issue 6, the throughput regression). */
class RequiredMacrosTest {
    @Test
    void aNameInTheSequenceIsRequiredAndAnOptionalOneIsNot() {
        assertThat(RequiredMacros.of("(?:{this}\\s+)?(?<relunit>{unitname})\\s+(?<rel>{rel})"))
                .containsExactlyInAnyOrder(Set.of("unitname"), Set.of("rel"));
        assertThat(RequiredMacros.of("(?<count>{amount})\\s+(?<unit>{unit})?")).containsExactly(Set.of("amount"));
    }

    @Test
    void anAlternationRequiresAWordOfOneOfItsBranches() {
        assertThat(RequiredMacros.of("(?<unit>{unit}|{unitdef})")).containsExactly(Set.of("unit", "unitdef"));
        assertThat(RequiredMacros.of("(?:{month}|\\d{1,2})")).as("a branch that requires nothing").isEmpty();
    }

    @Test
    void lookaroundsRequireNothingOfTheMatch() {
        assertThat(RequiredMacros.of("(?<={timeprep}\\s)(?<day>\\d{1,2})(?!\\s+{unit})")).isEmpty();
        assertThat(RequiredMacros.of("{hour}{2,3}")).containsExactly(Set.of("hour"));
        assertThat(RequiredMacros.of("{hour}{0,3}")).isEmpty();
    }
}
