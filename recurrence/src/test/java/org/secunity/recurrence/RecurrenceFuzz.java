package org.secunity.recurrence;

import java.time.LocalDateTime;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The long fuzz run of {@link FuzzProperties}; only with {@code mvn -Pfuzz}. */
class RecurrenceFuzz {

    private final FuzzProperties shortRun = new FuzzProperties();

    @Provide
    Arbitrary<String> ruleTexts() {
        return shortRun.ruleTexts();
    }

    @Provide
    Arbitrary<RecurrenceRule> rules() {
        return shortRun.rules();
    }

    @Provide
    Arbitrary<LocalDateTime> starts() {
        return shortRun.starts();
    }

    @Property(tries = 200_000)
    void parser_lets_only_secunity_exceptions_escape(@ForAll("ruleTexts") String text) {
        FuzzProperties.parse(text);
    }

    @Property(tries = 20_000, edgeCases = EdgeCasesMode.NONE)
    void expansion_lets_only_secunity_exceptions_escape_and_ends(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        FuzzProperties.expand(rule, start);
    }
}
