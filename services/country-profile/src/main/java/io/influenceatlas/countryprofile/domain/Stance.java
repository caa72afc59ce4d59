package io.influenceatlas.countryprofile.domain;

/** Whether a policy event moves a country toward or away from the influencing state's suppliers or norms. */
public enum Stance {
    TOWARD_CHINA, AWAY_FROM_CHINA, NEUTRAL
}
