package io.influenceatlas.scoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Methodology", description = "One version of a methodology.")
public record MethodologyView(
        @Schema(examples = "dsr-exposure") String key,
        @Schema(examples = "1") int version,
        MethodologyStatus status,
        String name,
        String description,
        double minCoverage,
        NodeDefinition framework,
        List<IndicatorDefinition> indicators,
        List<LensDefinition> lenses,
        @Schema(description = "SHA-256 of the definition; equal for equal definitions.") String definitionHash,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
        @Schema(nullable = true) Instant publishedAt) {
}
