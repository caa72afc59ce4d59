package io.influenceatlas.projectregistry.domain;

/** The supplier's access to the data the system carries or holds. */
public enum DataAccess {
    NONE, LIMITED, FULL
}
