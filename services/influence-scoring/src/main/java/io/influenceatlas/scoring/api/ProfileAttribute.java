package io.influenceatlas.scoring.api;

import java.util.List;

/** A country-profile attribute usable as an indicator, with its levels (empty for the 0/1 ones). */
public enum ProfileAttribute {
    REGIME_TYPE(List.of("CLOSED_AUTOCRACY", "ELECTORAL_AUTOCRACY", "ELECTORAL_DEMOCRACY", "LIBERAL_DEMOCRACY")),
    US_ALIGNMENT(List.of("TREATY_ALLY", "MAJOR_NON_NATO_ALLY", "PARTNER", "NON_ALIGNED", "ALIGNED_WITH_CHINA")),
    CHINA_THREAT_PERCEPTION(List.of("LOW", "MODERATE", "HIGH")),
    PERSONALIST(List.of()),
    BRI_MEMBER(List.of()),
    DSR_MOU(List.of());

    private final List<String> levels;

    ProfileAttribute(List<String> levels) {
        this.levels = levels;
    }

    /** The levels a scores map must cover; empty when the attribute is already 0/1. */
    public List<String> levels() {
        return levels;
    }
}
