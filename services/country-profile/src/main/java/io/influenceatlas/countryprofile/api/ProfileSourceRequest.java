package io.influenceatlas.countryprofile.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ProfileSourceRequest", description = "A source backing one profile attribute (or the whole profile when attribute is absent).")
public record ProfileSourceRequest(
        @Schema(description = "The profile attribute this source supports.", examples = "regimeType")
        @Pattern(regexp = Patterns.PROFILE_ATTRIBUTE, message = Patterns.PROFILE_ATTRIBUTE_MESSAGE) String attribute,
        @Size(max = 2000) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String url,
        @NotBlank @Size(max = 300) String publisher,
        @Size(max = 500) String title,
        @PastOrPresent LocalDate published,
        @PastOrPresent LocalDate accessed) {
}
