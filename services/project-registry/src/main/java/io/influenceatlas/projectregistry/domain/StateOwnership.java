package io.influenceatlas.projectregistry.domain;

/** How much of an organisation a state owns, as far as the sources say. */
public enum StateOwnership {
    NONE, MINORITY, MAJORITY, FULL, UNKNOWN
}
