package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RankingRow", description = "One country in a ranking: composite, rank, coverage and the top-level group scores.")
public record RankingRow(
        @Schema(examples = "KEN") String country,
        @Schema(examples = "Kenya") String name,
        @Schema(examples = "Africa") String region,
        @Schema(examples = "Eastern Africa") String subregion,
        boolean scored,
        @Schema(description = "Why the country is not scored.") String reason,
        double coverage,
        Double composite,
        @Schema(description = "1 = most exposed; ties share the best rank of their block (1, 2, 2, 4).") Integer rank,
        @Schema(description = "Scores of the root's children (the dimensions or lens groups), 0–100.") Map<String, Double> groups) {
}
