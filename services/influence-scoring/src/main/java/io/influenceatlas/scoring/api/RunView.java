package io.influenceatlas.scoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@Schema(name = "Run", description = "A completed score run: what was scored, from which inputs, and when they were taken.")
public record RunView(
        long id,
        String methodology,
        int methodologyVersion,
        @Schema(description = "The version's status when the run was made (a draft's run is labelled so).") MethodologyStatus methodologyStatus,
        int year,
        @Schema(nullable = true, description = "The requested subset, alpha-3; null for all countries.") List<String> countries,
        @Schema(description = "SHA-256 over the definition, year, countries and every input value with its provenance.")
        String inputsHash,
        @Schema(nullable = true, description = "The earliest run of the same methodology version with the same inputs hash: its results are identical.")
        Long sameInputsAs,
        @Schema(description = "When the inputs were read from country-profile and project-registry.") Instant inputsTakenAt,
        Instant completedAt,
        long durationMs,
        int countriesTotal,
        int countriesScored,
        @Schema(description = "main, then the lens codes.") List<String> frameworks,
        @Schema(description = "Per framework, what outlier treatment did to each indicator.") Map<String, List<DiagnosticsView>> diagnostics,
        String createdBy) {
}
