package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.influenceatlas.projectregistry.domain.Category;
import io.influenceatlas.projectregistry.domain.ProjectStatus;
import io.influenceatlas.projectregistry.domain.PublicationState;
import io.influenceatlas.projectregistry.domain.QualityGrade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Project", description = "A digital-infrastructure project with its evidence.")
public record ProjectView(
        long id,
        String externalId,
        String title,
        String description,
        Category category,
        @Schema(description = "The last entry of statusHistory.") ProjectStatus status,
        PublicationState state,
        List<ProjectCountryView> countries,
        List<StatusChange> statusHistory,
        String announcedOn,
        String agreedOn,
        String startedOn,
        String completedOn,
        @Schema(description = "Year of the earliest date of the project (its dates and status history); the year filters use it.")
        Integer firstYear,
        ProjectValue value,
        LockIn lockIn,
        List<OrganisationLinkView> organisations,
        List<String> tags,
        QualityGrade qualityGrade,
        List<Source> sources,
        JsonNode geometry,
        @Schema(description = "True for the shipped sample dataset.") boolean sample,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {
}
