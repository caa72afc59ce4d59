package io.influenceatlas.countryprofile.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldChange", description = "One attribute's value before and after a change.")
public record FieldChangeView(
        @Schema(examples = "regimeType") String field,
        @Schema(nullable = true, description = "Previous value (any JSON).") JsonNode from,
        @Schema(nullable = true, description = "New value (any JSON).") JsonNode to) {
}
