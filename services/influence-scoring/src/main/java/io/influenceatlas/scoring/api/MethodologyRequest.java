package io.influenceatlas.scoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A methodology version as written by an analyst; the server assigns version and status. */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
@Schema(name = "MethodologyRequest", description = "A methodology: its framework tree, indicators with their sources, and lenses.")
public record MethodologyRequest(
        @Schema(description = "Stable identifier, lower-case letters, digits and hyphens; required when creating a methodology.",
                examples = "dsr-exposure") String key,
        @Schema(examples = "DSR exposure") String name,
        String description,
        @Schema(description = "Share (0–1) of the indicators a country needs values for to be scored.", examples = "0.6")
        Double minCoverage,
        @Schema(description = "The composite's tree: the root group, its dimensions, their indicators.") NodeDefinition framework,
        List<IndicatorDefinition> indicators,
        @Schema(description = "Alternative groupings of the same indicators.") List<LensDefinition> lenses) {
}
