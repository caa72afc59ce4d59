package io.influenceatlas.countryprofile.api;

import io.influenceatlas.countryprofile.domain.Direction;
import io.influenceatlas.countryprofile.domain.Lens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Indicator", description = "An indicator catalogue entry.")
public record IndicatorView(
        String code, String name, String unit, Direction direction,
        List<String> dimensions, List<Lens> lenses,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) SourceView defaultSource,
        boolean sample, long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
