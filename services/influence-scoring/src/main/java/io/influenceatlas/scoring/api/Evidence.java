package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** What a raw value was made from; the members that apply to the indicator's source kind are present. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Evidence", description = "What a raw value was made from: the observation and its source, the projects, the policy events or the profile attribute.")
public record Evidence(
        @Schema(description = "PROFILE_INDICATOR: the year of the observation used.") Integer observationYear,
        @Schema(description = "PROFILE_INDICATOR: the observation's source.") SourceRef source,
        @Schema(description = "REGISTRY_METRIC: the count or value before division by 'per'.") Double metric,
        @Schema(description = "REGISTRY_METRIC with per: the divisor's raw value and year.") Double denominator,
        Integer denominatorYear,
        @Schema(description = "REGISTRY_METRIC: the projects that produced the value.") List<ProjectRef> projects,
        @Schema(description = "Set when the project details could not be read from project-registry.") String projectsNote,
        @Schema(description = "POLICY_EVENTS: the events counted.") List<EventRef> events,
        @Schema(description = "PROFILE_ATTRIBUTE: the attribute's value.") String attributeValue) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SourceRef", description = "A public source.")
    public record SourceRef(String url, String publisher, String title) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProjectRef", description = "A registry project behind a value, with its sources (read from project-registry).")
    public record ProjectRef(long id, String title, String category, String status, List<SourceRef> sources) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EventRef", description = "A policy event counted in a value, with its sources.")
    public record EventRef(long id, LocalDate date, String type, String stance, String title, List<SourceRef> sources) {
    }
}
