package io.influenceatlas.countryprofile.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(name = "Observation", description = "One value of one indicator for one country and year, with its source.")
public record ObservationView(
        @Schema(examples = "VNM") String country,
        @Schema(examples = "internet_users_pct") String indicator,
        @Schema(examples = "2022") int year,
        @Schema(examples = "78.59") BigDecimal value,
        SourceView source,
        @Schema(nullable = true) String note,
        boolean sample, long version, Instant updatedAt, String updatedBy) {
}
