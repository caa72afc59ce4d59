package io.influenceatlas.countryprofile.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ProfileRevision", description = "One saved change of a profile.")
public record ProfileRevisionView(
        @Schema(description = "Profile version after this change.") long version,
        Instant changedAt,
        @Schema(description = "Editor, from the X-Atlas-User header.") String changedBy,
        List<FieldChangeView> changes) {
}
