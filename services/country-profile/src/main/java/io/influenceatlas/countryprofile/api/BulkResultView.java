package io.influenceatlas.countryprofile.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkResult", description = "What a bulk upsert did (or, for a dry run, would do).")
public record BulkResultView(
        @Schema(description = "True when nothing was written.") boolean dryRun,
        @Schema(description = "Rows in the upload.") int received,
        int created, int updated,
        @Schema(description = "Rows identical to what is stored (re-uploading a file changes nothing).") int unchanged) {
}
