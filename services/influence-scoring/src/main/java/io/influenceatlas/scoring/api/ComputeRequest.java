package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ComputeRequest", description = "A framework and a units × indicators table; nothing is stored.")
public record ComputeRequest(
        NodeDefinition framework,
        @Schema(description = "Settings of the framework's indicators; an indicator not listed is POSITIVE, untransformed, "
                + "untreated, min-max and excluded when missing. No source here.") List<IndicatorDefinition> indicators,
        @Schema(description = "Default 0: a unit with any value is scored.") Double minCoverage,
        @Schema(description = "STRICT (default): siblings' weights must sum to 1 within 1e-6; RELATIVE: any non-negative weights, normalised.")
        WeightRule weights,
        Table data) {

    public enum WeightRule { STRICT, RELATIVE }

    @Schema(name = "DataTable", description = "Indicator codes (columns) and one row per unit.")
    public record Table(@Schema(examples = "[\"life_expectancy\", \"schooling\"]") List<String> indicators, List<Row> rows) {
    }

    @Schema(name = "DataRow", description = "A unit, its optional group (for GROUP_MEAN imputation) and one value per column: a number or null.")
    public record Row(@Schema(examples = "NOR") String unit, @Schema(nullable = true) String group,
                      @Schema(description = "Numbers or null, one per column.") List<JsonNode> values) {
    }
}
