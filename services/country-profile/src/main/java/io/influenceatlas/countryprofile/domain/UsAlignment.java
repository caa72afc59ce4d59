package io.influenceatlas.countryprofile.domain;

/** Security alignment with the United States, from closest to the U.S. to aligned with China; coding rules in docs/country-profile.md. */
public enum UsAlignment {
    TREATY_ALLY, MAJOR_NON_NATO_ALLY, PARTNER, NON_ALIGNED, ALIGNED_WITH_CHINA
}
