package io.influenceatlas.projectregistry.domain;

/** What an organisation does in a project. */
public enum OrganisationRole {
    SUPPLIER, OPERATOR, FINANCIER, OWNER, PARTNER
}
