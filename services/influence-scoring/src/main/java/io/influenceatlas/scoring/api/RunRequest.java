package io.influenceatlas.scoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "RunRequest", description = "Score the countries for a year with one methodology version.")
public record RunRequest(
        @Schema(examples = "dsr-exposure") String methodology,
        @Schema(description = "Default: the latest published version.", examples = "1") Integer version,
        @Schema(examples = "2024") Integer year,
        @Schema(description = "Only these countries (alpha-2 or alpha-3); default all. Normalisation is over the countries scored.")
        List<String> countries) {
}
