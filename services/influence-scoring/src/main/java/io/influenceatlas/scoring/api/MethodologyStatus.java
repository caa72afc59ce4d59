package io.influenceatlas.scoring.api;

/** A draft can be edited or deleted; a published version is immutable. */
public enum MethodologyStatus {
    DRAFT, PUBLISHED
}
