package io.influenceatlas.projectregistry.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A country a project touches, with its role (row of project_country). */
@Embeddable
public class CountryLink {

    public String country;

    @Enumerated(EnumType.STRING)
    public CountryRole role;

    public CountryLink() {
    }

    public CountryLink(String country, CountryRole role) {
        this.country = country;
        this.role = role;
    }
}
