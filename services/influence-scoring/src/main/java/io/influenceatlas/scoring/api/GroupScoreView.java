package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.engine.Aggregation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "GroupScore", description = "A group of the tree with the country's score and the sum of its indicators' contributions.")
public record GroupScoreView(String code, String name, @Schema(description = "Weight among its siblings as defined.") double weight,
                             Aggregation aggregation, Double score,
                             @Schema(description = "Points of the composite coming from this group.") Double contribution,
                             List<GroupScoreView> groups,
                             @Schema(description = "Codes of the indicators directly in this group.") List<String> indicators) {
}
