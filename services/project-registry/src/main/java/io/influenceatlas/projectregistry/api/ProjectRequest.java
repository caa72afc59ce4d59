package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.influenceatlas.projectregistry.domain.Category;
import io.influenceatlas.projectregistry.domain.PublicationState;
import io.influenceatlas.projectregistry.domain.QualityGrade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A project as clients send it (create, replace, import rows). Rules across fields (date order,
 * known codes and organisations, sources before publishing, GeoJSON) are checked by ProjectRules.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectRequest", description = "A digital-infrastructure project with its evidence.")
public record ProjectRequest(
        @Schema(description = "Your own stable key for the record; imports upsert by it. Unique.", examples = "aiddata:12345")
        @Size(max = 200) @Pattern(regexp = "^\\S(.*\\S)?$", message = "must not start or end with white space") String externalId,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 20000) String description,
        @NotNull Category category,
        @Schema(description = "DRAFT (default) or PUBLISHED; publishing needs at least one source.") PublicationState state,
        @Schema(description = "Countries the project touches; one role per country.")
        @NotEmpty @Size(max = 250) List<@NotNull @Valid ProjectCountryRequest> countries,
        @Schema(description = "Dated statuses, oldest first; the last one is the current status.")
        @NotEmpty @Size(max = 100) List<@NotNull @Valid StatusChange> statusHistory,
        @Schema(examples = "2018") @Pattern(regexp = PartialDates.PATTERN, message = PartialDates.MESSAGE) String announcedOn,
        @Schema(examples = "2018-11") @Pattern(regexp = PartialDates.PATTERN, message = PartialDates.MESSAGE) String agreedOn,
        @Schema(examples = "2019") @Pattern(regexp = PartialDates.PATTERN, message = PartialDates.MESSAGE) String startedOn,
        @Schema(examples = "2022-04-05") @Pattern(regexp = PartialDates.PATTERN, message = PartialDates.MESSAGE) String completedOn,
        @Valid ProjectValue value,
        @Valid LockIn lockIn,
        @Size(max = 200) List<@NotNull @Valid OrganisationLinkRequest> organisations,
        @Size(max = 50) List<@NotNull @Size(max = 60) @Pattern(regexp = Patterns.TAG, message = Patterns.TAG_MESSAGE) String> tags,
        QualityGrade qualityGrade,
        @Size(max = 100) List<@NotNull @Valid Source> sources,
        @Schema(description = "RFC 7946 GeoJSON geometry: a Point for a site, a LineString or MultiLineString for a route, "
                + "a GeometryCollection for a route with landing points.")
        JsonNode geometry) {

    public PublicationState stateOrDefault() {
        return state == null ? PublicationState.DRAFT : state;
    }
}
