package io.influenceatlas.projectregistry.domain;

/** What replacing the supplier would cost the host. */
public enum SwitchingCost {
    LOW, MEDIUM, HIGH
}
