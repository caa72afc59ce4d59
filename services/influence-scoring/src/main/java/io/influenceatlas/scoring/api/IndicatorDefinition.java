package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.engine.Direction;
import io.influenceatlas.engine.Transformation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator: how its values are treated and normalised, and (in a methodology) where they come from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IndicatorDefinition", description = "An indicator of a framework with its treatment and, in a methodology, its source.")
public record IndicatorDefinition(
        @Schema(examples = "core_infrastructure_lock_in") String code,
        String name,
        String description,
        @Schema(description = "Why it is in the framework.") String rationale,
        @Schema(description = "POSITIVE: a higher value means more exposure; NEGATIVE: less (default POSITIVE).") Direction direction,
        @Schema(description = "Default NONE.") Transformation transformation,
        @Schema(description = "Default: none.") OutlierSettings outliers,
        @Schema(description = "Default: min-max.") NormalisationSettings normalisation,
        @Schema(description = "Default: exclude and re-weight within the parent.") MissingSettings missing,
        @Schema(description = "Where a run takes the values from (required in a methodology, absent in /compute).") SourceDefinition source) {
}
