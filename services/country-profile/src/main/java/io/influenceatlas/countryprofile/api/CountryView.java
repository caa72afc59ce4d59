package io.influenceatlas.countryprofile.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Country", description = "An ISO 3166-1 country with its UN M49 regions and its profile.")
public record CountryView(
        @Schema(examples = "MM") String alpha2,
        @Schema(examples = "MMR") String alpha3,
        @Schema(description = "ISO 3166-1 numeric code (also its M49 code).", examples = "104") String numeric,
        @Schema(description = "ISO 3166-1 English short name.", examples = "Myanmar") String name,
        @Schema(nullable = true) RegionView region,
        @Schema(nullable = true) RegionView subregion,
        @Schema(nullable = true) RegionView intermediateRegion,
        ProfileView profile) {
}
