package org.secunity.core;

import java.time.Year;
import org.immutables.value.Value;
import org.secunity.SecunityException;
import org.secunity.core.internal.SecunityStyle;

/**
 * An event of a catalog together with the community that runs it: one entry of
 * {@link Catalog#events()}.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * for (CatalogEvent e : catalog.events()) {
 *     System.out.println(e.community() + " " + e.event().title().ja() + ": " + e.frequency(Year.of(2026)));
 * }
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class CatalogEvent {

    CatalogEvent() {}

    /**
     * Returns the community that runs the event.
     *
     * @return the community's ID, not null
     */
    @Value.Parameter
    public abstract CommunityId community();

    /**
     * Returns the event's index in the community's {@link Community#events()}, as a
     * {@link ScheduledOccurrence} names it.
     *
     * @return the index, at least 0
     */
    @Value.Parameter
    public abstract int eventIndex();

    /**
     * Returns the event.
     *
     * @return the event, not null
     */
    @Value.Parameter
    public abstract Event event();

    /**
     * Returns an entry.
     *
     * @param community the community's ID, not null
     * @param eventIndex the event's index in the community's events, at least 0
     * @param event the event, not null
     * @return the entry, not null
     * @throws SecunityException if the index is negative
     */
    public static CatalogEvent of(CommunityId community, int eventIndex, Event event) {
        return ImmutableCatalogEvent.of(community, eventIndex, event);
    }

    /**
     * Returns how often the event happens in a year; see {@link EventFrequency#of(Event, Year)}.
     *
     * @param year the year, not null
     * @return the frequency, not null
     * @throws SecunityException if the event's rule has more than {@link EventFrequency#MAX_PER_YEAR}
     *     occurrences in the year
     */
    public final EventFrequency frequency(Year year) {
        return EventFrequency.of(event(), year);
    }

    /**
     * Returns whether the source fixes the event's dates, so that a {@link Schedule} places it.
     *
     * @return true when its cadence has a rule
     */
    public final boolean hasFixedDates() {
        return event().cadence().filter(EventCadence::isFixed).isPresent();
    }

    @Value.Check
    void check() {
        if (eventIndex() < 0) {
            throw new SecunityException("eventIndex must be >= 0, but was " + eventIndex());
        }
    }

    /**
     * Returns the community, the index and the event.
     *
     * @return a readable form, such as {@code "sokansai-lt#0 LIGHTNING_TALKS 総関西サイバーセキュリティLT大会 — …"}
     */
    @Override
    public String toString() {
        return community() + "#" + eventIndex() + " " + event();
    }
}
