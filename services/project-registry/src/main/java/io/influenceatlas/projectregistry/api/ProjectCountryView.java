package io.influenceatlas.projectregistry.api;

import io.influenceatlas.projectregistry.domain.CountryRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectCountry", description = "A country the project touches (ISO alpha-3), and how.")
public record ProjectCountryView(String country, String name, CountryRole role) {
}
