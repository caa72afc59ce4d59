package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.projectregistry.domain.ListingType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Listing", description = "An organisation's entry on a government list, with its dates and source.")
public record Listing(
        @NotNull ListingType list,
        @Schema(description = "Name of the list when list is OTHER, or a precision such as the rule cited.") @Size(max = 300) String detail,
        @Schema(examples = "2019-05-16") @NotNull @Pattern(regexp = PartialDates.PATTERN, message = PartialDates.MESSAGE) String listedOn,
        @Pattern(regexp = PartialDates.PATTERN, message = PartialDates.MESSAGE) String removedOn,
        @NotNull @Valid Source source) {
}
