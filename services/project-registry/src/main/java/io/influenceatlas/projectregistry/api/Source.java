package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A public document that supports a record; the same shape is sent and returned. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Source", description = "A public source: where it is, who published it, when, and when it was read.")
public record Source(
        @Schema(description = "Absolute http(s) URL of the document.", examples = "https://www.example.org/report.html")
        @NotBlank @Size(max = 2000) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String url,
        @Schema(description = "Organisation that published it.") @NotBlank @Size(max = 300) String publisher,
        @Schema(description = "Title of the document.") @Size(max = 500) String title,
        @Schema(description = "Publication date, YYYY, YYYY-MM or YYYY-MM-DD.", examples = "2021-03")
        @Pattern(regexp = PartialDates.PATTERN, message = PartialDates.MESSAGE) String publishedOn,
        @Schema(description = "When the analyst read it.", examples = "2026-11-29") @PastOrPresent LocalDate accessedOn,
        @Schema(description = "Which facts of the record it supports.") @Size(max = 1000) String note) {
}
