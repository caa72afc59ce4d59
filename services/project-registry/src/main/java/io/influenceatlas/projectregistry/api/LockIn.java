package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.projectregistry.domain.DataAccess;
import io.influenceatlas.projectregistry.domain.LayerCriticality;
import io.influenceatlas.projectregistry.domain.Openness;
import io.influenceatlas.projectregistry.domain.SupplierRole;
import io.influenceatlas.projectregistry.domain.SwitchingCost;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "LockIn", description = "How hard the project would be to walk away from. Each member is optional: "
        + "absent means the sources do not allow a judgement. Coding rules: docs/project-registry.md.")
public record LockIn(
        @Schema(description = "Depth in the stack, BACKBONE (most critical) to EDGE.") LayerCriticality layerCriticality,
        SwitchingCost switchingCost,
        @Schema(description = "Open international standard or the supplier's proprietary one.") Openness standard,
        @Schema(description = "The supplier's ongoing role after delivery.") SupplierRole supplierRole,
        @Schema(description = "The supplier's access to the data the system carries or holds.") DataAccess dataAccess,
        @Schema(description = "Why, in a sentence: the supplier's ongoing role and what the coding rests on.")
        @Size(max = 2000) String note) {

    /** True when nothing is coded (a static helper, so that JSON does not see an "empty" member). */
    public static boolean uncoded(LockIn l) {
        return l == null || (l.layerCriticality == null && l.switchingCost == null && l.standard == null
                && l.supplierRole == null && l.dataAccess == null && (l.note == null || l.note.isBlank()));
    }
}
