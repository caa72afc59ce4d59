package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.projectregistry.domain.OrganisationType;
import io.influenceatlas.projectregistry.domain.StateOwnership;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Organisation", description = "A company, financier or public body.")
public record OrganisationView(
        long id,
        String name,
        List<String> aliases,
        String originCountry,
        OrganisationType type,
        StateOwnership stateOwnership,
        String website,
        String notes,
        List<Listing> listings,
        List<Source> sources,
        boolean sample,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {
}
