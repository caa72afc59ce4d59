package io.influenceatlas.countryprofile.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "SourceRequest", description = "A public source: publisher, and a URL or a title (or both).")
public record SourceRequest(
        @Schema(description = "Absolute http(s) URL of the document.", examples = "https://freedomhouse.org/country/singapore/freedom-net/2025")
        @Size(max = 2000) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String url,
        @Schema(description = "Organisation that published it.", examples = "Freedom House")
        @NotBlank @Size(max = 300) String publisher,
        @Schema(description = "Title of the document or dataset.", examples = "Freedom on the Net 2025: Singapore")
        @Size(max = 500) String title,
        @Schema(description = "Publication or release date.", examples = "2025-11-13")
        @PastOrPresent LocalDate published,
        @Schema(description = "When the analyst accessed it.", examples = "2026-11-29")
        @PastOrPresent LocalDate accessed) {
}
