package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.engine.Aggregation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A node of a framework tree: either a group (code, aggregation, children) or a reference to an
 * indicator defined in the methodology (indicator). Weights are relative to the siblings and must sum
 * to 1 within a parent; the root's weight is ignored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FrameworkNode", description = "A group (code, name, aggregation, children) or an indicator reference (indicator, weight).")
public record NodeDefinition(
        @Schema(description = "Group code, unique in the tree; absent on an indicator reference.", examples = "infrastructure_lock_in")
        String code,
        @Schema(description = "Group name.") String name,
        @Schema(description = "What the group stands for.") String description,
        @Schema(description = "Weight among its siblings (≥ 0; siblings sum to 1).", examples = "0.25") Double weight,
        @Schema(description = "How the group combines its children (default ARITHMETIC).") Aggregation aggregation,
        @Schema(description = "Code of an indicator of the methodology; set on a leaf only.", examples = "core_infrastructure_lock_in")
        String indicator,
        @Schema(description = "The group's children.") List<NodeDefinition> children) {

    @JsonIgnore
    public boolean isIndicator() {
        return indicator != null;
    }
}
