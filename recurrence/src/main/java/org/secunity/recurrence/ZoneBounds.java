package org.secunity.recurrence;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The least UTC offset a time zone has ever used or will use, for bounding a wall-clock search.
 *
 * <p>A wall-clock time {@code w} placed in a zone lands on {@code w} minus an offset in force
 * there (in a gap, the offset before it), so at or before {@code w} minus the least offset. Working
 * it out reads every transition of the zone's history (about 240 for America/New_York), so it is
 * kept per zone; a zone whose rules object changes (a provider refreshed) is worked out again.
 * Region zones are few (the providers' IDs), and fixed offsets need no entry.
 */
final class ZoneBounds {

    /** More entries than there are region IDs in the time-zone database; beyond it, nothing is kept. */
    private static final int MAX_ENTRIES = 2_048;

    private static final ConcurrentHashMap<ZoneId, Entry> LEAST = new ConcurrentHashMap<>();

    private ZoneBounds() {}

    /** The rules the figure was worked out from, compared by identity, and the figure. */
    private record Entry(ZoneRules rules, int leastOffsetSeconds) {}

    /** Returns the least offset, in seconds, that the zone's rules ever give. */
    static int leastOffsetSeconds(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return rules.getOffset(Instant.EPOCH).getTotalSeconds();
        }
        Entry e = LEAST.get(zone);
        if (e != null && e.rules() == rules) {
            return e.leastOffsetSeconds();
        }
        int least = leastOf(rules);
        if (LEAST.size() < MAX_ENTRIES || e != null) {
            LEAST.put(zone, new Entry(rules, least));
        }
        return least;
    }

    /** Works the least offset out from every historic transition and every rule for the future. */
    static int leastOf(ZoneRules rules) {
        int least = rules.getOffset(Instant.EPOCH).getTotalSeconds();
        for (ZoneOffsetTransition t : rules.getTransitions()) {
            least = Math.min(least, Math.min(t.getOffsetBefore().getTotalSeconds(), t.getOffsetAfter().getTotalSeconds()));
        }
        for (ZoneOffsetTransitionRule r : rules.getTransitionRules()) {
            least = Math.min(least, Math.min(r.getOffsetBefore().getTotalSeconds(), r.getOffsetAfter().getTotalSeconds()));
            least = Math.min(least, r.getStandardOffset().getTotalSeconds());
        }
        return least;
    }
}
