package org.secunity.core;

/** Small hand-built values shared by the core tests. */
final class Fixtures {

    private Fixtures() {}

    static BilingualText text(String ja) {
        return BilingualText.of(ja, "en: " + ja);
    }

    static Community community(String id, Region region) {
        return Community.builder().id(CommunityId.of(id)).name(text(id + "の会")).region(region).build();
    }

    static Practice.Builder practice(int number) {
        return Practice.builder().number(number).title(text("タイトル" + number)).purpose(text("目的" + number));
    }
}
