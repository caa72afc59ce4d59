package io.influenceatlas.countryprofile.domain;

/** Kinds of dated policy events; docs/country-profile.md describes each. */
public enum PolicyEventType {
    VENDOR_EXCLUSION,
    VENDOR_SELECTION,
    DATA_LOCALISATION_LAW,
    CYBERSECURITY_LAW,
    DATA_PROTECTION_LAW,
    STANDARDS_MOU,
    DIGITAL_COOPERATION_MOU,
    PAYMENT_SYSTEM_ACCESSION,
    PLATFORM_BAN,
    PROJECT_CANCELLATION,
    SURVEILLANCE_PROCUREMENT,
    OTHER
}
