package io.influenceatlas.projectregistry.domain;

/** Where a project stands; its dated history is kept in the project's status history. */
public enum ProjectStatus {
    ANNOUNCED, AGREED, UNDER_CONSTRUCTION, OPERATIONAL, SUSPENDED, CANCELLED
}
