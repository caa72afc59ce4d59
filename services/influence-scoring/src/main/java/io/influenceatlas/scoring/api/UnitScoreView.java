package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "UnitScore", description = "One unit's result from /compute.")
public record UnitScoreView(String unit, boolean scored, String reason, double coverage, Double composite, Integer rank,
                            @Schema(description = "Every group's score by code; the root's is the composite.") Map<String, Double> groups,
                            Map<String, IndicatorValueView> indicators) {
}
