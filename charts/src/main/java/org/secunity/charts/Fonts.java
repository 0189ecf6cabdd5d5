package org.secunity.charts;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Picks an installed font family that can display a chart's labels. */
final class Fonts {

    /** Families tried in order: CJK families first (Debian's fonts-noto-cjk gives the first), then the JDK's logical font. */
    static final List<String> PREFERRED = List.of("Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP",
            "IPAexGothic", "IPAGothic", "TakaoGothic", "VL Gothic", "Hiragino Sans", "Yu Gothic", "Meiryo",
            "MS Gothic", Font.SANS_SERIF);

    private Fonts() {}

    /**
     * Returns the first preferred family, installed, that displays every character of a text.
     *
     * @param text the labels, joined
     * @return the family, or empty when no installed family displays them all
     */
    static Optional<String> familyFor(String text) {
        Set<String> installed = installed();
        for (String family : PREFERRED) {
            if (family.equals(Font.SANS_SERIF) || installed.contains(family)) {
                if (new Font(family, Font.PLAIN, 12).canDisplayUpTo(text) == -1) {
                    return Optional.of(family);
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> installed() {
        return new HashSet<>(Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
    }
}
