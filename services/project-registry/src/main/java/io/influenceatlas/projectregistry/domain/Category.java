package io.influenceatlas.projectregistry.domain;

/** What kind of digital infrastructure or platform a project is. */
public enum Category {
    SUBMARINE_CABLE, TERRESTRIAL_FIBRE, MOBILE_NETWORK, CORE_NETWORK, DATA_CENTRE, CLOUD_PLATFORM, SAFE_CITY,
    DIGITAL_PAYMENT, E_COMMERCE, SOCIAL_MEDIA, SATELLITE, GROUND_STATION, SMART_CITY, TRAINING_RESEARCH, STANDARDS
}
