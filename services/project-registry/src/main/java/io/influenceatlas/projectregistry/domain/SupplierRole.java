package io.influenceatlas.projectregistry.domain;

/** The supplier's ongoing role once the project is delivered. */
public enum SupplierRole {
    BUILDS_ONLY, MAINTAINS, OPERATES
}
