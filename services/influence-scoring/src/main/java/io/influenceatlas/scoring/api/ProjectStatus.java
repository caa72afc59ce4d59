package io.influenceatlas.scoring.api;

/** A project status (project-registry's vocabulary). */
public enum ProjectStatus {
    ANNOUNCED, AGREED, UNDER_CONSTRUCTION, OPERATIONAL, SUSPENDED, CANCELLED
}
