package io.influenceatlas.projectregistry.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What an import wrote (or, in a dry run, would write).")
public record ImportResultView(
        @Schema(description = "JSON or CSV.") String format,
        boolean dryRun,
        @Schema(description = "Rows read.") long rows,
        long created,
        long updated,
        @Schema(description = "Rows identical to the stored project: left alone.") long unchanged) {
}
