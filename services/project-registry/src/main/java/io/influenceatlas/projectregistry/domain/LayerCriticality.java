package io.influenceatlas.projectregistry.domain;

/** How deep in the stack a project sits, from international backbone to the network edge. */
public enum LayerCriticality {
    BACKBONE, CORE, DISTRIBUTION, ACCESS, EDGE
}
