package io.influenceatlas.countryprofile.api;

import io.influenceatlas.countryprofile.domain.Direction;
import io.influenceatlas.countryprofile.domain.Lens;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "IndicatorRequest", description = "An indicator catalogue entry.")
public record IndicatorRequest(
        @Schema(description = "Stable unique code; cannot change once created.", examples = "internet_users_pct")
        @NotBlank @Pattern(regexp = Patterns.INDICATOR_CODE, message = Patterns.INDICATOR_CODE_MESSAGE) String code,
        @Schema(examples = "Internet users") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "% of population") @NotBlank @Size(max = 80) String unit,
        @Schema(description = "Whether a higher value means more or less exposure.") @NotNull Direction direction,
        @Schema(description = "Dimension tags (lower-case words joined by '-').", examples = "[\"context\"]")
        @Size(max = 20) List<@NotNull @Size(max = 60) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String> dimensions,
        @Schema(description = "Lens tags.") @Size(max = 7) List<@NotNull Lens> lenses,
        @Size(max = 5000) String description,
        @Schema(description = "Where observations of this indicator usually come from.") @Valid SourceRequest defaultSource) {
}
