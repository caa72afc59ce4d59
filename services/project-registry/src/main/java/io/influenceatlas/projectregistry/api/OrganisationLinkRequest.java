package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.projectregistry.domain.OrganisationRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OrganisationLinkRequest", description = "An organisation in the project, by id or by its exact name or alias "
        + "(case-insensitive); give one of the two.")
public record OrganisationLinkRequest(
        @Positive Long id,
        @Size(max = 300) String name,
        @NotNull OrganisationRole role) {
}
