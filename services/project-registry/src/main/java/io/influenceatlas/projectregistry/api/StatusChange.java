package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.projectregistry.domain.ProjectStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StatusChange", description = "A project's status from a date on.")
public record StatusChange(
        @NotNull ProjectStatus status,
        @Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD.", examples = "2022-04")
        @NotNull @Pattern(regexp = PartialDates.PATTERN, message = PartialDates.MESSAGE) String date,
        @Size(max = 1000) String note) {
}
