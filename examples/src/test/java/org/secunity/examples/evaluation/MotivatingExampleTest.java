package org.secunity.examples.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.secunity.core.BilingualText;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Grounded;
import org.secunity.core.OrganizerType;
import org.secunity.core.Practice;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Ranking;
import org.secunity.matching.Reason;
import org.secunity.matching.ReasonKind;
import org.secunity.matching.Recommendation;
import org.secunity.matching.Situation;
import org.secunity.serialization.SeedCatalog;

/**
 * Issue 5's motivating example on the real seed catalog: "our staff rotate every two years and we
 * have no security experts", from a secretariat run by a public agency.
 */
class MotivatingExampleTest {

    private final Catalog catalog = SeedCatalog.load();

    private final Situation rotatingStaffNoExperts = Situation.builder()
            .organizerType(OrganizerType.PUBLIC_AGENCY)
            .addChallenges(Challenge.STAFF_ROTATION, Challenge.LACK_OF_EXPERTISE)
            .build();

    private final Ranking top = PracticeMatcher.of(catalog).recommend(rotatingStaffNoExperts, 5);

    @Test
    void issue_5_manualizing_the_secretariat_and_an_expert_working_group_come_first() {
        assertThat(top.practiceNumbers().subList(0, 2)).containsExactlyInAnyOrder(3, 15);
    }

    @Test
    void issue_5_practice_3_is_recommended_for_the_rotation_of_a_public_agencys_staff() {
        Recommendation r = top.find(3).orElseThrow();
        assertThat(r.reasons()).anySatisfy(reason -> {
            assertThat(reason.kind()).isEqualTo(ReasonKind.CHALLENGE);
            assertThat(reason.value()).isEqualTo(Challenge.STAFF_ROTATION);
            assertThat(reason.quote()).hasValueSatisfying(q -> assertThat(q).contains("人事異動"));
        });
        assertThat(r.reasons()).anySatisfy(reason -> {
            assertThat(reason.kind()).isEqualTo(ReasonKind.ORGANIZER_TYPE);
            assertThat(reason.direction()).isEqualTo(Reason.Direction.FOR);
            assertThat(reason.value()).isEqualTo(OrganizerType.PUBLIC_AGENCY);
            assertThat(reason.quote()).hasValueSatisfying(q -> assertThat(q).contains("公的機関"));
        });
    }

    @Test
    void issue_5_practice_15_is_recommended_for_the_missing_expertise() {
        Recommendation r = top.find(15).orElseThrow();
        assertThat(r.reasons()).anySatisfy(reason -> {
            assertThat(reason.kind()).isEqualTo(ReasonKind.CHALLENGE);
            assertThat(reason.value()).isEqualTo(Challenge.LACK_OF_EXPERTISE);
            assertThat(reason.quote()).hasValueSatisfying(q -> assertThat(q).contains("専門知識を有しない"));
        });
    }

    @Test
    void issue_5_every_reason_for_3_and_15_quotes_a_grounding_of_the_practice_that_occurs_in_its_text() {
        for (int number : List.of(3, 15)) {
            Recommendation r = top.find(number).orElseThrow();
            Practice p = r.practice();
            List<String> groundings = groundings(p);
            String text = text(p);
            assertThat(r.reasons()).as("reasons for %d", number).isNotEmpty().allSatisfy(reason -> {
                assertThat(reason.quote()).as("%s %s", reason.kind(), reason.value()).isPresent();
                String quote = reason.quote().orElseThrow();
                assertThat(groundings).as("grounding of practice %d", number).contains(quote);
                assertThat(text).as("text of practice %d", number).contains(normalize(quote));
            });
        }
    }

    private static List<String> groundings(Practice p) {
        return Stream.of(p.effectTagGroundings(), p.challengeGroundings(), p.partnerGroundings(),
                        p.stageGroundings(), p.organizerTypeGroundings())
                .flatMap(List::stream).map(Grounded::quote).toList();
    }

    /** The practice's Japanese purpose, actions and effects, without whitespace. */
    private static String text(Practice p) {
        return normalize(p.purpose().ja() + String.join("", p.actions().stream().map(BilingualText::ja).toList())
                + String.join("", p.effects().stream().map(BilingualText::ja).toList()));
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", "");
    }
}
