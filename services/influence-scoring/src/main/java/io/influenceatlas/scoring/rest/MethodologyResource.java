package io.influenceatlas.scoring.rest;

import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.http.Editor;
import io.influenceatlas.common.http.Params;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageParams;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.PageResponses;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.scoring.api.MethodologyRequest;
import io.influenceatlas.scoring.api.MethodologyStatus;
import io.influenceatlas.scoring.api.MethodologySummaryView;
import io.influenceatlas.scoring.api.MethodologyView;
import io.influenceatlas.scoring.definition.MethodologyRules;
import io.influenceatlas.scoring.service.MethodologyService;
import jakarta.inject.Inject;
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

@Path("/methodologies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Methodologies", description = "Versioned composite-indicator frameworks with the sources of their indicators.")
public class MethodologyResource {

    @Inject
    MethodologyService methodologies;

    @GET
    @Operation(summary = "List methodology versions", description = "Sort keys: key, version, status, updatedAt (default key,version).")
    @APIResponse(responseCode = "200", description = "A page of versions, without their definitions.")
    public RestResponse<Page<MethodologySummaryView>> listMethodologies(
            @Parameter(description = "Only this methodology.") @QueryParam("key") String key,
            @QueryParam("status") String status, @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageResponses.ok(methodologies.list(Params.text("key", key, 60),
                Params.enumValue("status", status, MethodologyStatus.class),
                PageRequest.of(paging, MethodologyService.SORT_COLUMNS.keySet(), "key,version")), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a methodology (version 1, draft)",
            description = "Checked whole: the tree (groups, unique codes, weights ≥ 0 summing to 1 among siblings within 1e-6, "
                    + "known indicators each used once), every indicator's settings and source, the lenses, and every "
                    + "country-profile indicator code against its catalogue. 422 lists each problem with its JSON pointer.")
    @APIResponse(responseCode = "201", description = "Created.", headers = {@Header(name = "ETag"), @Header(name = "Location")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)))
    @APIResponse(responseCode = "409", description = "The key is taken")
    @APIResponse(responseCode = "503", description = "country-profile could not be asked about the indicator codes")
    public RestResponse<MethodologyView> createMethodology(@HeaderParam(Editor.HEADER) String editor, MethodologyRequest request,
                                                           @Context UriInfo uri) {
        return created(methodologies.create(request, Editor.resolve(editor)), uri);
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "Get the latest version of a methodology (draft or published)")
    @APIResponse(responseCode = "200", description = "The version.", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)))
    public RestResponse<MethodologyView> getLatestMethodology(@PathParam("key") String key) {
        return ok(methodologies.latest(key(key)));
    }

    @POST
    @Path("/{key}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a version (draft)",
            description = "Published versions never change: editing one means posting its edited definition here. Checked as on create.")
    @APIResponse(responseCode = "201", description = "Created.", headers = {@Header(name = "ETag"), @Header(name = "Location")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)))
    public RestResponse<MethodologyView> createMethodologyVersion(@PathParam("key") String key,
                                                                  @HeaderParam(Editor.HEADER) String editor,
                                                                  MethodologyRequest request, @Context UriInfo uri) {
        return created(methodologies.createVersion(key(key), request, Editor.resolve(editor)), uri);
    }

    @GET
    @Path("/{key}/versions/{version}")
    @Operation(summary = "Get one version")
    @APIResponse(responseCode = "200", description = "The version.", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)))
    public RestResponse<MethodologyView> getMethodologyVersion(@PathParam("key") String key, @PathParam("version") String version) {
        return ok(methodologies.get(key(key), version(version)));
    }

    @PUT
    @Path("/{key}/versions/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a draft", description = "Needs If-Match with the draft's ETag. A published version answers 409.")
    @APIResponse(responseCode = "200", description = "Replaced.", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)))
    @APIResponse(responseCode = "409", description = "The version is published")
    public RestResponse<MethodologyView> replaceMethodologyVersion(@PathParam("key") String key, @PathParam("version") String version,
                                                                   @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                                                   @HeaderParam(Editor.HEADER) String editor,
                                                                   MethodologyRequest request) {
        return ok(methodologies.replace(key(key), version(version), ifMatch, request, Editor.resolve(editor)));
    }

    @POST
    @Path("/{key}/versions/{version}/publish")
    @Operation(summary = "Publish a draft", description = "Needs If-Match. From then on the version is immutable.")
    @APIResponse(responseCode = "200", description = "Published.", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodologyView.class)))
    @APIResponse(responseCode = "409", description = "Already published")
    public RestResponse<MethodologyView> publishMethodologyVersion(@PathParam("key") String key, @PathParam("version") String version,
                                                                   @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                                                   @HeaderParam(Editor.HEADER) String editor) {
        return ok(methodologies.publish(key(key), version(version), ifMatch, Editor.resolve(editor)));
    }

    @DELETE
    @Path("/{key}/versions/{version}")
    @Operation(summary = "Delete a draft", description = "Needs If-Match. Published versions and drafts with runs answer 409.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> deleteMethodologyVersion(@PathParam("key") String key, @PathParam("version") String version,
                                                       @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        methodologies.delete(key(key), version(version), ifMatch);
        return RestResponse.noContent();
    }

    private static RestResponse<MethodologyView> ok(MethodologyService.Versioned v) {
        return RestResponse.ResponseBuilder.ok(v.view()).tag(v.etag()).build();
    }

    private static RestResponse<MethodologyView> created(MethodologyService.Versioned v, UriInfo uri) {
        return RestResponse.ResponseBuilder.<MethodologyView>created(uri.getBaseUriBuilder().path("methodologies")
                .path(v.view().key()).path("versions").path(Integer.toString(v.view().version())).build())
                .entity(v.view()).tag(v.etag()).build();
    }

    private static String key(String key) {
        if (key == null || !MethodologyRules.KEY.matcher(key).matches()) {
            throw ProblemException.notFound("No methodology '" + key + "'");
        }
        return key;
    }

    private static int version(String version) {
        try {
            int v = Integer.parseInt(version);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.notFound("No version '" + version + "': versions are numbered from 1");
    }
}
