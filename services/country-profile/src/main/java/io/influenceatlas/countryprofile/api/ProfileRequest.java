package io.influenceatlas.countryprofile.api;

import io.influenceatlas.countryprofile.domain.RegimeType;
import io.influenceatlas.countryprofile.domain.ThreatPerception;
import io.influenceatlas.countryprofile.domain.UsAlignment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ProfileRequest", description = "The full set of editable profile attributes (PUT replaces all of them; absent means cleared).")
public record ProfileRequest(
        @Schema(description = "Date the country signed a Belt and Road Initiative MoU with China.", examples = "2017-05-16")
        @PastOrPresent LocalDate briMouDate,
        @Schema(description = "Date of a Digital Silk Road / digital-economy cooperation MoU with China.", examples = "2017-12-03")
        @PastOrPresent LocalDate dsrMouDate,
        @Schema(description = "Regimes of the World category.") RegimeType regimeType,
        @Schema(description = "Whether the regime is classified as personalist.") Boolean personalist,
        @Schema(description = "Security alignment with the United States.") UsAlignment usAlignment,
        @Schema(description = "Perceived threat from China, from a cited survey.") ThreatPerception chinaThreatPerception,
        @Schema(description = "Analyst's notes.") @Size(max = 5000) String notes,
        @Schema(description = "Sources for the attributes.") @Size(max = 50) List<@Valid @NotNull ProfileSourceRequest> sources) {
}
