package io.influenceatlas.countryprofile.domain;

/** How strongly a country's public or elite perceives China as a threat, from a cited survey. */
public enum ThreatPerception {
    LOW, MODERATE, HIGH
}
