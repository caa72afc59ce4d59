package io.influenceatlas.scoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "MethodologySummary", description = "One version of a methodology, without its definition.")
public record MethodologySummaryView(String key, int version, MethodologyStatus status, String name, String description,
                                     int indicators, int lenses, Instant updatedAt, @Schema(nullable = true) Instant publishedAt) {
}
