package io.influenceatlas.projectregistry.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Revision", description = "One saved change of a record: who, when and what changed.")
public record RevisionView(
        @Schema(description = "Record version after this change.") long version,
        Instant changedAt,
        @Schema(description = "Editor, from the X-Atlas-User header.") String changedBy,
        @Schema(description = "True for the revision that deleted the record.") boolean deleted,
        List<FieldChange> changes) {
}
