package io.influenceatlas.countryprofile.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ObservationRequest", description = "One value of one indicator for one country and year (a bulk row).")
public record ObservationRequest(
        @Schema(description = "ISO 3166-1 alpha-3 or alpha-2 code.", examples = "VNM") @NotBlank @Size(max = 3) String country,
        @Schema(description = "Indicator code from the catalogue.", examples = "internet_users_pct") @NotBlank @Size(max = 64) String indicator,
        @Schema(examples = "2022") @NotNull @Min(1900) @Max(2100) Integer year,
        @Schema(examples = "78.59") @NotNull @Digits(integer = 15, fraction = 12) BigDecimal value,
        @NotNull @Valid SourceRequest source,
        @Size(max = 1000) String note) {
}
