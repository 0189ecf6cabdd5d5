package org.secunity.serialization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityIOException;

/**
 * The {@code TZID}s of iCalendar files: tzdb IDs, Windows zone names (the Unicode CLDR table
 * windowsZones.xml, territory 001, in the resource {@code icalendar/windows-zones.tsv}, whose
 * header cites the CLDR version), and tzdb IDs behind a path prefix, as old Thunderbird wrote
 * ({@code /mozilla.org/20050126_1/America/New_York}).
 */
final class WindowsZones {

    private static final Map<String, String> WINDOWS = load();

    private WindowsZones() {}

    /** Returns the zone a TZID names, or null when it names none that this reader knows. */
    static @Nullable ZoneId resolve(String tzid) {
        String id = tzid.trim();
        ZoneId zone = tzdb(id);
        if (zone != null) {
            return zone;
        }
        String windows = WINDOWS.get(id.toLowerCase(Locale.ROOT));
        if (windows != null) {
            try {
                return ZoneId.of(windows);
            } catch (DateTimeException e) {
                return null; // a tzdb ID of the CLDR table that this JDK's tzdb lacks: an unknown zone here
            }
        }
        if (id.startsWith("/")) {
            String[] parts = id.substring(1).split("/");
            for (int i = 1; i < parts.length; i++) {
                ZoneId suffix = tzdb(String.join("/", java.util.Arrays.asList(parts).subList(i, parts.length)));
                if (suffix != null && suffix.getId().contains("/")) {
                    return suffix;
                }
            }
        }
        return null;
    }

    /** The Windows names and their tzdb IDs, for tests. */
    static Map<String, String> table() {
        return WINDOWS;
    }

    private static @Nullable ZoneId tzdb(String id) {
        if (id.isEmpty() || id.length() > 100) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = WindowsZones.class.getResourceAsStream("icalendar/windows-zones.tsv")) {
            if (in == null) {
                throw new IllegalStateException("the resource icalendar/windows-zones.tsv is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                map.put(cells[0].toLowerCase(Locale.ROOT), cells[1]);
            }
        } catch (IOException e) {
            throw new SecunityIOException("cannot read the bundled Windows zone table", e);
        }
        return Map.copyOf(map);
    }
}
