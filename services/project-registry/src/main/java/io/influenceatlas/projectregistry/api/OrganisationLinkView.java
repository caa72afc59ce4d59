package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.projectregistry.domain.OrganisationRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OrganisationLink", description = "An organisation in the project and its role.")
public record OrganisationLinkView(long id, String name, String originCountry, OrganisationRole role) {
}
