package io.influenceatlas.countryprofile.api;

import io.influenceatlas.countryprofile.domain.Lens;
import io.influenceatlas.countryprofile.domain.PolicyEventType;
import io.influenceatlas.countryprofile.domain.Stance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "PolicyEvent", description = "A dated policy event with its sources.")
public record PolicyEventView(
        long id, String country, LocalDate date, PolicyEventType type, Stance stance, String title,
        @Schema(nullable = true) String description, List<Lens> lenses, List<SourceView> sources,
        boolean sample, long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
