package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ComparisonRow", description = "One country in two runs; a delta is null when either side is not scored.")
public record ComparisonRow(String country, String name, String region,
                            Double compositeFrom, Double compositeTo,
                            @Schema(description = "compositeTo − compositeFrom.") Double delta,
                            Integer rankFrom, Integer rankTo,
                            @Schema(description = "rankFrom − rankTo: positive when the country moved up (towards rank 1).") Integer rankChange) {
}
