package io.influenceatlas.projectregistry.domain;

/** How a project touches a country: hosted there, landing there (cables, satellite gateways), or a partner government. */
public enum CountryRole {
    HOST, LANDING, PARTNER
}
