package io.influenceatlas.scoring.api;

/** Where an indicator's values come from. */
public enum SourceKind {
    PROFILE_INDICATOR, REGISTRY_METRIC, POLICY_EVENTS, PROFILE_ATTRIBUTE
}
