package org.secunity.examples.cli;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.secunity.recurrence.holiday.HolidayPolicy;

/** The {@code --holidays JP} and {@code --holiday-policy P} options of schedule and ics. */
final class HolidayOptions {

    private HolidayOptions() {}

    /**
     * Returns the holiday policy the options ask for.
     *
     * @param country the value of {@code --holidays}, or null
     * @param policy the value of {@code --holiday-policy}, or null
     * @return the policy ({@code SKIP} by default), or empty when holidays are not looked at
     * @throws BadInputException if a policy is given without {@code --holidays}, or the country is unknown
     */
    static Optional<HolidayPolicy> policy(@Nullable String country, @Nullable HolidayPolicy policy) {
        if (country == null) {
            if (policy != null) {
                throw new BadInputException("--holiday-policy needs --holidays JP");
            }
            return Optional.empty();
        }
        if (!"JP".equalsIgnoreCase(country)) {
            throw new BadInputException("--holidays: unknown holiday calendar \"" + country + "\"; the one there is: JP");
        }
        return Optional.of(policy == null ? HolidayPolicy.SKIP : policy);
    }
}
