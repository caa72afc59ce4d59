package io.influenceatlas.countryprofile.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "A UN M49 area: three-digit code and English name.")
public record RegionView(@Schema(examples = "035") String code, @Schema(examples = "South-eastern Asia") String name) {
}
