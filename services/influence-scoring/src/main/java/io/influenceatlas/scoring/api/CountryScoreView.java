package io.influenceatlas.scoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CountryScore", description = "One country's result in a run, explained: every group's score and contribution, "
        + "every indicator's values at each stage, its contribution and the evidence behind it.")
public record CountryScoreView(
        RunView run,
        @Schema(examples = "main") String framework,
        @Schema(examples = "KEN") String country,
        String name,
        @Schema(nullable = true) String region,
        @Schema(nullable = true) String subregion,
        boolean scored,
        @Schema(nullable = true) String reason,
        double coverage,
        @Schema(nullable = true) Double composite,
        @Schema(nullable = true) Integer rank,
        @Schema(description = "Number of countries scored in the run.") int rankedOf,
        @Schema(description = "The framework tree with this country's scores.") GroupScoreView tree,
        List<IndicatorScoreView> indicators) {
}
