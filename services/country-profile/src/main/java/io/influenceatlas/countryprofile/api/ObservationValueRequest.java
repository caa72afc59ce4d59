package io.influenceatlas.countryprofile.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ObservationValueRequest", description = "The value, source and note of one observation; country, indicator and year are in the path.")
public record ObservationValueRequest(
        @Schema(examples = "78.59") @NotNull @Digits(integer = 15, fraction = 12) BigDecimal value,
        @NotNull @Valid SourceRequest source,
        @Size(max = 1000) String note) {
}
