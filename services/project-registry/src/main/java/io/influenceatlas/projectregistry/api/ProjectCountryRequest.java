package io.influenceatlas.projectregistry.api;

import io.influenceatlas.projectregistry.domain.CountryRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectCountryRequest", description = "A country the project touches, and how.")
public record ProjectCountryRequest(
        @Schema(description = "ISO 3166-1 alpha-2 or alpha-3.", examples = "PAK")
        @NotNull @Pattern(regexp = Patterns.COUNTRY, message = Patterns.COUNTRY_MESSAGE) String country,
        @NotNull CountryRole role) {
}
