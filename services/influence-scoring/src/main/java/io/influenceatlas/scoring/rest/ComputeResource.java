package io.influenceatlas.scoring.rest;

import io.influenceatlas.scoring.api.ComputeRequest;
import io.influenceatlas.scoring.api.ComputeResultView;
import io.influenceatlas.scoring.service.ComputeService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/compute")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compute", description = "The scoring engine on any framework and data, nothing stored.")
public class ComputeResource {

    @Inject
    ComputeService compute;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compute a composite from an inline framework and table",
            description = "To reproduce another published index or test a variant: the framework tree, optional indicator settings, "
                    + "and a units × indicators table (numbers or null). Ragged rows, non-numbers, repeated units or columns, "
                    + "framework indicators missing from the table, bad weights and settings are 422 with a JSON pointer each.")
    @APIResponse(responseCode = "200", description = "Each unit's composite, rank, group scores and indicator values, and the outlier diagnostics.")
    public ComputeResultView compute(ComputeRequest request) {
        return compute.compute(request);
    }
}
