package io.influenceatlas.countryprofile.api;

import io.influenceatlas.countryprofile.domain.RegimeType;
import io.influenceatlas.countryprofile.domain.ThreatPerception;
import io.influenceatlas.countryprofile.domain.UsAlignment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "Profile", description = "A country's position between China and the United States.")
public record ProfileView(
        @Schema(description = "ISO 3166-1 alpha-3 code.", examples = "MMR") String country,
        @Schema(nullable = true) LocalDate briMouDate,
        @Schema(description = "True when a BRI MoU date is recorded.") boolean briMember,
        @Schema(nullable = true) LocalDate dsrMouDate,
        @Schema(description = "True when a Digital Silk Road MoU date is recorded.") boolean dsrMou,
        @Schema(nullable = true) RegimeType regimeType,
        @Schema(nullable = true) Boolean personalist,
        @Schema(nullable = true) UsAlignment usAlignment,
        @Schema(nullable = true) ThreatPerception chinaThreatPerception,
        @Schema(nullable = true) String notes,
        List<ProfileSourceView> sources,
        @Schema(description = "True while the profile holds only shipped sample data.") boolean sample,
        @Schema(description = "Row version; the ETag.") long version,
        @Schema(nullable = true) Instant updatedAt,
        @Schema(nullable = true) String updatedBy) {
}
