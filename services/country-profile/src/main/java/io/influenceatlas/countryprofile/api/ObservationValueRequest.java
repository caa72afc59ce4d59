package io.influenceatlas.countryprofile.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ObservationValueRequest", description = "The value, source and note of one observation; country, indicator and year are in the path.")
public record ObservationValueRequest(
        @Schema(examples = "78.59") @NotNull @DecimalMin("-1e15") @DecimalMax("1e15") BigDecimal value,
        @NotNull @Valid SourceRequest source,
        @Size(max = 1000) String note) {
}
