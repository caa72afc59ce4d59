package io.influenceatlas.countryprofile.domain;

/**
 * Whether a higher indicator value means more or less exposure to the influencing state;
 * NEUTRAL for context indicators and denominators.
 */
public enum Direction {
    INCREASES_EXPOSURE, DECREASES_EXPOSURE, NEUTRAL
}
