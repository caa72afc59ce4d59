package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.projectregistry.domain.OrganisationType;
import io.influenceatlas.projectregistry.domain.StateOwnership;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OrganisationRequest", description = "A company, financier or public body that projects reference by id.")
public record OrganisationRequest(
        @Schema(description = "Unique without regard to case, and not another organisation's alias.")
        @NotBlank @Size(max = 300) @Pattern(regexp = NAME, message = NAME_MESSAGE) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 300) @Pattern(regexp = NAME, message = NAME_MESSAGE) String> aliases,
        @Schema(description = "Home country, ISO 3166-1 alpha-2 or alpha-3.", examples = "CHN")
        @Pattern(regexp = Patterns.COUNTRY, message = Patterns.COUNTRY_MESSAGE) String originCountry,
        @NotNull OrganisationType type,
        @Schema(description = "Defaults to UNKNOWN.") StateOwnership stateOwnership,
        @Size(max = 2000) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String website,
        @Size(max = 10000) String notes,
        @Size(max = 50) List<@NotNull @Valid Listing> listings,
        @Size(max = 100) List<@NotNull @Valid Source> sources) {

    /** Import lists separate items with '|' and read an all-digit reference as an id. */
    static final String NAME = "^(?!\\s*\\d+\\s*$)[^|]*$";
    static final String NAME_MESSAGE = "must not contain '|' or be only digits (import lists use '|' and read digits as an id)";
}
