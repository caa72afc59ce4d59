package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.engine.Direction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IndicatorScore", description = "One indicator for one country: raw, treated and normalised values, contribution and evidence.")
public record IndicatorScoreView(
        String code, String name,
        @Schema(description = "Group codes from the root down to the indicator's parent.") List<String> path,
        Direction direction,
        @Schema(description = "Weight within its parent as defined.") double weight,
        @Schema(description = "Where the value comes from, in words.") String source,
        Double raw, boolean imputed, Double treated, Double normalised,
        @Schema(description = "Points of the composite coming from this indicator.") Double contribution,
        Evidence evidence) {
}
