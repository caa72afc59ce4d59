package io.influenceatlas.scoring.api;

/** A policy event's stance (country-profile's vocabulary). */
public enum Stance {
    TOWARD_CHINA, AWAY_FROM_CHINA, NEUTRAL
}
