package io.influenceatlas.projectregistry.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An organisation in a project, with its role (row of project_organisation). */
@Embeddable
public class OrganisationLink {

    public Long organisationId;

    @Enumerated(EnumType.STRING)
    public OrganisationRole role;

    public OrganisationLink() {
    }

    public OrganisationLink(Long organisationId, OrganisationRole role) {
        this.organisationId = organisationId;
        this.role = role;
    }
}
