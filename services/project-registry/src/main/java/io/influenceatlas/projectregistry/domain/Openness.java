package io.influenceatlas.projectregistry.domain;

/** Whether a project runs on open international standards or on the supplier's proprietary ones. */
public enum Openness {
    OPEN, MIXED, PROPRIETARY
}
