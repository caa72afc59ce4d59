package io.influenceatlas.scoring.api;

/** A country's role in a project (project-registry's vocabulary). */
public enum CountryRole {
    HOST, LANDING, PARTNER
}
