package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectValue", description = "The project's value as the source states it, and in U.S. dollars. "
        + "usd is the source's own dollar figure; when the currency is USD and usd is absent, it is the amount.")
public record ProjectValue(
        @Schema(examples = "425000000") @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 2) BigDecimal amount,
        @Schema(description = "ISO 4217 code.", examples = "USD")
        @NotNull @Pattern(regexp = Patterns.CURRENCY, message = Patterns.CURRENCY_MESSAGE) String currency,
        @Schema(examples = "425000000") @PositiveOrZero @Digits(integer = 18, fraction = 2) BigDecimal usd) {
}
