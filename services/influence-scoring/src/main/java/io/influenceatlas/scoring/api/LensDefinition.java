package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An alternative grouping of the methodology's indicators, scored alongside the main framework. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Lens", description = "An alternative grouping of the same indicators (e.g. the three factors), ranked on its own.")
public record LensDefinition(
        @Schema(examples = "three-factors") String code,
        String name,
        String description,
        @Schema(description = "The lens's tree; its leaves reference the methodology's indicators, each at most once.")
        NodeDefinition root) {
}
