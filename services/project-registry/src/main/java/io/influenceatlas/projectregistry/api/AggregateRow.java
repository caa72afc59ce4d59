package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.projectregistry.domain.Category;
import io.influenceatlas.projectregistry.domain.CountryRole;
import io.influenceatlas.projectregistry.domain.ProjectStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AggregateRow", description = "One group of matching projects; the grouping members are present only when grouped by.")
public record AggregateRow(
        @Schema(description = "ISO alpha-3.") String country,
        Category category,
        @Schema(description = "Current status, or the status at the end of the requested year.") ProjectStatus status,
        CountryRole role,
        @Schema(description = "Projects in the group.") long projects,
        @Schema(description = "Projects with a U.S.-dollar value.") long valuedProjects,
        @Schema(description = "Sum of their U.S.-dollar values.") BigDecimal valueUsd,
        @Schema(description = "Sum of layer-criticality weights (BACKBONE 1.0 … EDGE 0.2, uncoded 0.5).") BigDecimal criticalityWeighted,
        @Schema(description = "Sum over projects of the product of the weightBy attributes' weights; equals projects when weightBy is empty.")
        BigDecimal lockInWeighted,
        @Schema(description = "Sum over valued projects of value × the weightBy product.") BigDecimal lockInWeightedValueUsd,
        @Schema(description = "Ids of the projects, ascending; with includeProjects=true only.") List<Long> projectIds) {
}
