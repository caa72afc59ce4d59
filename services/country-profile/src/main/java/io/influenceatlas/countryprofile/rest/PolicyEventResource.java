package io.influenceatlas.countryprofile.rest;

import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.http.Editor;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageParams;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.PageResponses;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.countryprofile.api.PolicyEventRequest;
import io.influenceatlas.countryprofile.api.PolicyEventView;
import io.influenceatlas.countryprofile.domain.PolicyEventRepository;
import io.influenceatlas.countryprofile.service.CountryService;
import io.influenceatlas.countryprofile.service.PolicyEventService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/policy-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policy events", description = "Dated, sourced policy decisions that move a country toward or away from Chinese suppliers or norms.")
public class PolicyEventResource {

    @Inject
    PolicyEventService events;

    @Inject
    CountryService countries;

    @GET
    @Operation(summary = "List policy events",
            description = "Filters combine with AND; type and stance may repeat. Sort keys: date, country, type, stance, id "
                    + "(default: -date).")
    @APIResponse(responseCode = "200", description = "A page of policy events.")
    public RestResponse<Page<PolicyEventView>> listPolicyEvents(
            @BeanParam PageParams paging,
            @Parameter(description = "Country code(s), alpha-2 or alpha-3; repeat or comma-separate.") @QueryParam("country") List<String> country,
            @BeanParam PolicyEventQuery query,
            @Context UriInfo uri) {
        var filter = query.toFilter(countries.alpha3Parameter("country", country));
        return PageResponses.ok(events.list(filter, PageRequest.of(paging, PolicyEventRepository.SORT_COLUMNS.keySet(), "-date")), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a policy event")
    @APIResponse(responseCode = "200", description = "The event.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such event")
    public RestResponse<PolicyEventView> getPolicyEvent(@PathParam("id") String id) {
        PolicyEventView view = events.get(id(id));
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a policy event", description = "At least one source is required.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyEventView.class)))
    public RestResponse<PolicyEventView> createPolicyEvent(@HeaderParam(Editor.HEADER) String editor,
                                                @Valid @NotNull PolicyEventRequest request, @Context UriInfo uri) {
        PolicyEventView view = events.create(request, Editor.resolve(editor), false);
        return RestResponse.ResponseBuilder.<PolicyEventView>created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
                .entity(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a policy event", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The updated event.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<PolicyEventView> replacePolicyEvent(@PathParam("id") String id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                                 @HeaderParam(Editor.HEADER) String editor,
                                                 @Valid @NotNull PolicyEventRequest request) {
        PolicyEventView view = events.replace(id(id), ifMatch, request, Editor.resolve(editor));
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a policy event", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<Void> deletePolicyEvent(@PathParam("id") String id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        events.delete(id(id), ifMatch);
        return RestResponse.noContent();
    }

    private static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("No policy event with id '" + raw + "'");
        }
    }
}
