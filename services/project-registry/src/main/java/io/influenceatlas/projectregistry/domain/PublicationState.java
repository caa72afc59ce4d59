package io.influenceatlas.projectregistry.domain;

/** Drafts may lack sources; a published project has at least one. */
public enum PublicationState {
    DRAFT, PUBLISHED
}
