package io.influenceatlas.countryprofile.api;

import io.influenceatlas.countryprofile.domain.Lens;
import io.influenceatlas.countryprofile.domain.PolicyEventType;
import io.influenceatlas.countryprofile.domain.Stance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "PolicyEventRequest", description = "A dated policy event with at least one source.")
public record PolicyEventRequest(
        @Schema(description = "ISO 3166-1 alpha-3 or alpha-2 code.", examples = "SGP") @NotBlank @Size(max = 3) String country,
        @Schema(examples = "2020-06-24") @NotNull @PastOrPresent LocalDate date,
        @NotNull PolicyEventType type,
        @NotNull Stance stance,
        @Schema(examples = "Singapore awards standalone 5G networks to Ericsson and Nokia") @NotBlank @Size(max = 300) String title,
        @Size(max = 10000) String description,
        @Size(max = 7) List<@NotNull Lens> lenses,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull SourceRequest> sources) {
}
