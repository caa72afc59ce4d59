package io.influenceatlas.common.problem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** Makes each problem type URI dereferenceable, as RFC 9457 §3.1.1 recommends. */
@Path("/problems")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Problem types", description = "What each RFC 9457 problem type means.")
public class ProblemTypeResource {

    /** One problem type: its URI, status, title and meaning. */
    public record ProblemTypeView(String type, int status, String title, String description) {
        static ProblemTypeView of(ProblemType t) {
            return new ProblemTypeView(t.uri(), t.status(), t.title(), t.description());
        }
    }

    @GET
    @Operation(operationId = "listProblemTypes", summary = "List the problem types this service emits")
    public List<ProblemTypeView> list() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeView::of).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getProblemType", summary = "Describe one problem type")
    @APIResponse(responseCode = "200", description = "The problem type.")
    @APIResponse(responseCode = "404", description = "No such problem type")
    public ProblemTypeView get(@PathParam("slug") String slug) {
        return Arrays.stream(ProblemType.values()).filter(t -> t.slug().equals(slug)).findFirst()
                .map(ProblemTypeView::of)
                .orElseThrow(() -> ProblemException.notFound("No problem type '" + slug + "'"));
    }
}
