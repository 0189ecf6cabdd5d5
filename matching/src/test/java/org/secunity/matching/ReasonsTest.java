package org.secunity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The goal weight a reason shows, whether it comes from the table of hundredths or not. */
class ReasonsTest {

    private static String halfUp(double weight) {
        return new BigDecimal(Double.toString(weight)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Property(tries = 101)
    void a_weight_in_hundredths_is_shown_with_two_decimals(@ForAll @IntRange(min = 0, max = 100) int hundredths) {
        double weight = hundredths / 100.0;
        assertThat(Reasons.format(weight)).isEqualTo(halfUp(weight))
                .isEqualTo(String.format(java.util.Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100));
    }

    @Property(tries = 300)
    void any_weight_is_rounded_half_up_from_its_shortest_decimal_form(@ForAll @DoubleRange(min = 0.0, max = 1.0) double weight) {
        assertThat(Reasons.format(weight)).isEqualTo(halfUp(weight));
    }
}
