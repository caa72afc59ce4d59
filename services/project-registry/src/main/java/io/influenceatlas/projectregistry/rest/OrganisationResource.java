package io.influenceatlas.projectregistry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.http.Editor;
import io.influenceatlas.common.http.Params;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageParams;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.PageResponses;
import io.influenceatlas.projectregistry.api.OrganisationRequest;
import io.influenceatlas.projectregistry.api.OrganisationView;
import io.influenceatlas.projectregistry.api.RevisionView;
import io.influenceatlas.projectregistry.domain.OrganisationRepository;
import io.influenceatlas.projectregistry.domain.OrganisationType;
import io.influenceatlas.projectregistry.domain.StateOwnership;
import io.influenceatlas.projectregistry.service.OrganisationService;
import io.influenceatlas.projectregistry.service.ReferenceData;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.List;
import java.util.Set;

@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Companies, financiers and public bodies that projects reference by id.")
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    ReferenceData reference;

    @GET
    @Operation(summary = "Search organisations",
            description = "q matches name and aliases (contains, any case). Sort keys: id, name, originCountry, type, updatedAt (default: name).")
    @APIResponse(responseCode = "200", description = "A page of organisations.")
    public RestResponse<Page<OrganisationView>> searchOrganisations(
            @BeanParam PageParams paging,
            @QueryParam("q") String q,
            @Parameter(description = "Types, e.g. COMPANY,POLICY_BANK.") @QueryParam("type") List<String> type,
            @Parameter(description = "Home countries, alpha-2 or alpha-3.") @QueryParam("originCountry") List<String> originCountry,
            @Parameter(description = "NONE, MINORITY, MAJORITY, FULL, UNKNOWN.") @QueryParam("stateOwnership") List<String> stateOwnership,
            @QueryParam("sample") String sample,
            @Context UriInfo uri) {
        var filter = new OrganisationRepository.Filter(Params.text("q", q, 300),
                Params.enumList("type", type, OrganisationType.class), reference.alpha3Parameter("originCountry", originCountry),
                Params.enumList("stateOwnership", stateOwnership, StateOwnership.class), Params.bool("sample", sample));
        return PageResponses.ok(organisations.search(filter,
                PageRequest.of(paging, OrganisationRepository.SORT_COLUMNS.keySet(), "name")), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an organisation", description = "Its name and aliases must not be another organisation's name or alias.")
    @APIResponse(responseCode = "201", description = "Created.", headers = {@Header(name = "ETag"), @Header(name = "Location")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class)))
    public RestResponse<OrganisationView> createOrganisation(@HeaderParam(Editor.HEADER) String editor, OrganisationRequest request,
                                                             @Context UriInfo uri) {
        OrganisationView view = organisations.create(request, Editor.resolve(editor), false);
        return RestResponse.ResponseBuilder.<OrganisationView>created(uri.getBaseUriBuilder().path("organisations")
                .path(Long.toString(view.id())).build()).entity(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an organisation, now or as it was", description = "With asOf, as it was saved at that instant.")
    @APIResponse(responseCode = "200", description = "The organisation.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such organisation (at that time)")
    public RestResponse<OrganisationView> getOrganisation(@PathParam("id") String id,
                                                          @Parameter(description = "An ISO 8601 instant or a date (end of that day, UTC).")
                                                          @QueryParam("asOf") String asOf) {
        Instant at = Params.instant("asOf", asOf);
        if (at != null) {
            return RestResponse.ok(organisations.asOf(ProjectResource.id(id), at));
        }
        return withTag(organisations.get(ProjectResource.id(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an organisation", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Replaced.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<OrganisationView> replaceOrganisation(@PathParam("id") String id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                                              @HeaderParam(Editor.HEADER) String editor, OrganisationRequest request) {
        return withTag(organisations.replace(ProjectResource.id(id), ifMatch, request, Editor.resolve(editor)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ProjectResource.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some members of an organisation", description = "An RFC 7396 JSON merge patch. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The updated organisation.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<OrganisationView> patchOrganisation(@PathParam("id") String id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                                            @HeaderParam(Editor.HEADER) String editor,
                                                            @RequestBody(content = @Content(mediaType = ProjectResource.MERGE_PATCH,
                                                                    schema = @Schema(implementation = OrganisationRequest.class)))
                                                            JsonNode patch) {
        return withTag(organisations.patch(ProjectResource.id(id), ifMatch, patch, Editor.resolve(editor)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an organisation", description = "Requires If-Match; refused with 409 while a project links it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "Still linked by projects")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<Void> deleteOrganisation(@PathParam("id") String id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                                 @HeaderParam(Editor.HEADER) String editor) {
        organisations.delete(ProjectResource.id(id), ifMatch, Editor.resolve(editor));
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "An organisation's revisions, newest first")
    @APIResponse(responseCode = "200", description = "A page of revisions.")
    @APIResponse(responseCode = "404", description = "No organisation with this id has ever existed")
    public RestResponse<Page<RevisionView>> organisationHistory(@PathParam("id") String id, @BeanParam PageParams paging,
                                                                @Context UriInfo uri) {
        return PageResponses.ok(organisations.history(ProjectResource.id(id), PageRequest.of(paging, Set.of(), null)), uri);
    }

    private static RestResponse<OrganisationView> withTag(OrganisationView view) {
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }
}
