package io.influenceatlas.projectregistry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.http.Editor;
import io.influenceatlas.common.http.Params;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageParams;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.PageResponses;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.common.problem.ProblemType;
import io.influenceatlas.projectregistry.api.AggregatesView;
import io.influenceatlas.projectregistry.api.ImportResultView;
import io.influenceatlas.projectregistry.api.ProjectRequest;
import io.influenceatlas.projectregistry.api.ProjectView;
import io.influenceatlas.projectregistry.api.RevisionView;
import io.influenceatlas.projectregistry.domain.LockInWeights;
import io.influenceatlas.projectregistry.domain.ProjectRepository;
import io.influenceatlas.projectregistry.domain.PublicationState;
import io.influenceatlas.projectregistry.importer.ProjectCsv;
import io.influenceatlas.projectregistry.importer.ProjectJson;
import io.influenceatlas.projectregistry.service.AggregateService;
import io.influenceatlas.projectregistry.service.ExportService;
import io.influenceatlas.projectregistry.service.ImportService;
import io.influenceatlas.projectregistry.service.ProjectService;
import io.influenceatlas.projectregistry.service.ReferenceData;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "The evidenced registry of digital-infrastructure projects.")
public class ProjectResource {

    static final String CSV = "text/csv";
    static final String GEOJSON = "application/geo+json";
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String IMPORT_SUMMARY = "Import projects (JSON array or CSV), upserting by externalId";
    static final String IMPORT_DESCRIPTION = "Send application/json (an array of ProjectRequest, each with an externalId) or "
            + "text/csv (UTF-8, header row; see docs/project-registry.md for the columns). The body is read as a stream. Every "
            + "row is checked; if any is bad the answer is 422 listing each offending row and field (CSV: record number with "
            + "the header as row 1, and the column; JSON: array index and JSON pointer) and nothing is written. Otherwise all "
            + "rows are written in one transaction: new externalIds are created, known ones replaced, identical ones left "
            + "alone (so re-importing a file changes nothing). Organisations are named by id or exact name or alias. "
            + "dryRun=true checks and counts without writing.";

    @Inject
    ProjectService projects;

    @Inject
    ImportService imports;

    @Inject
    ExportService exports;

    @Inject
    AggregateService aggregates;

    @Inject
    ReferenceData reference;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "Search projects",
            description = "Filters combine with AND; list parameters match any of their values. Sort keys: id, title, "
                    + "category, status, firstYear, valueUsd, qualityGrade, updatedAt (default: id).")
    @APIResponse(responseCode = "200", description = "A page of projects.")
    public RestResponse<Page<ProjectView>> searchProjects(@BeanParam PageParams paging, @BeanParam ProjectQuery query,
                                                          @Context UriInfo uri) {
        return PageResponses.ok(projects.search(query.filter(reference, List.of()),
                PageRequest.of(paging, ProjectRepository.SORT_COLUMNS.keySet(), "id")), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a project", description = "A PUBLISHED project needs at least one source; a DRAFT may have none.")
    @APIResponse(responseCode = "201", description = "Created.", headers = {@Header(name = "ETag"), @Header(name = "Location")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", description = "The externalId is already used")
    public RestResponse<ProjectView> createProject(@HeaderParam(Editor.HEADER) String editor, ProjectRequest request,
                                                   @Context UriInfo uri) {
        ProjectView view = projects.create(request, Editor.resolve(editor));
        return RestResponse.ResponseBuilder.<ProjectView>created(uri.getBaseUriBuilder().path("projects")
                .path(Long.toString(view.id())).build()).entity(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a project, now or as it was",
            description = "With asOf, the project as it was saved at that instant (from its history); 404 if it did not "
                    + "exist then or had been deleted.")
    @APIResponse(responseCode = "200", description = "The project.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such project (at that time)")
    public RestResponse<ProjectView> getProject(@PathParam("id") String id,
                                                @Parameter(description = "An ISO 8601 instant (2026-11-29T10:15:30Z) or a date (end of that day, UTC).")
                                                @QueryParam("asOf") String asOf) {
        Instant at = Params.instant("asOf", asOf);
        if (at != null) {
            return RestResponse.ok(projects.asOf(id(id), at));
        }
        ProjectView view = projects.get(id(id));
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a project", description = "Requires If-Match. Identical content changes nothing, not even the ETag.")
    @APIResponse(responseCode = "200", description = "Replaced.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "The externalId is used by another project")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ProjectView> replaceProject(@PathParam("id") String id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                                    @HeaderParam(Editor.HEADER) String editor, ProjectRequest request) {
        return withTag(projects.replace(id(id), ifMatch, request, Editor.resolve(editor)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some members of a project",
            description = "An RFC 7396 JSON merge patch over the project's request form (organisations by id): members present "
                    + "are set, null removes, arrays are replaced whole. The result is checked like a PUT. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The updated project.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ProjectView> patchProject(@PathParam("id") String id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                                  @HeaderParam(Editor.HEADER) String editor,
                                                  @RequestBody(content = @Content(mediaType = MERGE_PATCH,
                                                          schema = @Schema(implementation = ProjectRequest.class)))
                                                  JsonNode patch) {
        return withTag(projects.patch(id(id), ifMatch, patch, Editor.resolve(editor)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a project", description = "Requires If-Match. Its history is kept.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<Void> deleteProject(@PathParam("id") String id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                            @HeaderParam(Editor.HEADER) String editor) {
        projects.delete(id(id), ifMatch, Editor.resolve(editor));
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "A project's revisions, newest first", description = "Also for a deleted project.")
    @APIResponse(responseCode = "200", description = "A page of revisions.")
    @APIResponse(responseCode = "404", description = "No project with this id has ever existed")
    public RestResponse<Page<RevisionView>> projectHistory(@PathParam("id") String id, @BeanParam PageParams paging,
                                                           @Context UriInfo uri) {
        return PageResponses.ok(projects.history(id(id), PageRequest.of(paging, java.util.Set.of(), null)), uri);
    }

    @GET
    @Path("/export")
    @Produces({CSV, MediaType.APPLICATION_JSON, GEOJSON})
    @Operation(summary = "Export matching projects",
            description = "Every project matching the search filters, streamed in id order: format=csv (the import format, so an "
                    + "export can be edited and imported again), json (an array of projects) or geojson (an RFC 7946 "
                    + "FeatureCollection; projects without geometry have a null geometry).")
    @APIResponse(responseCode = "200", description = "The projects.",
            content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectView.class)),
                    @Content(mediaType = GEOJSON, schema = @Schema(type = SchemaType.OBJECT, description = "A GeoJSON FeatureCollection."))})
    public Response exportProjects(
            @Parameter(description = "csv, json (default) or geojson.") @QueryParam("format") String format,
            @BeanParam ProjectQuery query) {
        ExportService.Format f = Params.enumValue("format", format == null ? "json" : format, ExportService.Format.class);
        var filter = query.filter(reference, List.of());
        String type = switch (f) {
            case CSV -> CSV + "; charset=UTF-8";
            case JSON -> MediaType.APPLICATION_JSON;
            case GEOJSON -> GEOJSON;
        };
        StreamingOutput body = out -> exports.export(filter, f, out);
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"projects." + f.name().toLowerCase(Locale.ROOT) + "\"")
                .build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importProjects", summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "What was (or would be) created, updated and left unchanged.")
    @APIResponse(responseCode = "413", description = "Too many rows or too large a body")
    public ImportResultView importJson(
            @Parameter(description = "Check and count only; write nothing.") @QueryParam("dryRun") String dryRun,
            @HeaderParam(Editor.HEADER) String editor,
            @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectRequest.class)))
            InputStream body) {
        boolean dry = Boolean.TRUE.equals(Params.bool("dryRun", dryRun));
        String who = Editor.resolve(editor);
        return imports.importProjects(ProjectJson.reader(require(body), json), dry, who);
    }

    @POST
    @Path("/import")
    @Consumes(CSV)
    @Operation(operationId = "importProjects", summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "What was (or would be) created, updated and left unchanged.")
    public ImportResultView importCsv(@QueryParam("dryRun") String dryRun, @HeaderParam(Editor.HEADER) String editor,
                                      @HeaderParam("Content-Type") String contentType,
                                      @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
                                      InputStream body) {
        boolean dry = Boolean.TRUE.equals(Params.bool("dryRun", dryRun));
        String who = Editor.resolve(editor);
        String charset = MediaType.valueOf(contentType).getParameters().get("charset");
        if (charset != null && !charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("UTF8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "CSV imports are read as UTF-8; the body declares charset "
                    + charset + ". Convert it to UTF-8 first", List.of());
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return imports.importProjects(ProjectCsv.reader(new InputStreamReader(require(body), decoder), json), dry, who);
    }

    @GET
    @Path("/aggregates")
    @Operation(summary = "Aggregate matching projects per country × category × status",
            description = "One SQL aggregation over the matching projects (same filters as the search; state defaults to "
                    + "PUBLISHED). groupBy: any of country, category, status, role (role with country), or none for one total; "
                    + "default country,category,status. A project touching several countries counts once in each. weightBy: lock-in "
                    + "attributes (criticality, switchingCost, supplierRole, dataAccess, standard) multiplied into "
                    + "lockInWeighted; the weights are returned. year: use each project's status at the end of that year "
                    + "(projects without a status by then are left out). includeProjects=true lists each group's project ids.")
    @APIResponse(responseCode = "200", description = "The groups, ordered by the grouping.")
    public AggregatesView projectAggregates(@BeanParam ProjectQuery query,
                                            @QueryParam("groupBy") List<String> groupBy,
                                            @QueryParam("weightBy") List<String> weightBy,
                                            @QueryParam("year") String year,
                                            @QueryParam("includeProjects") String includeProjects) {
        List<String> groups = Params.strings(groupBy);
        if (groups.equals(List.of("none"))) {
            groups = List.of();
        } else if (groups.isEmpty()) {
            groups = List.of("country", "category", "status");
        }
        for (String g : groups) {
            if (!AggregateService.GROUPS.contains(g)) {
                throw ProblemException.invalidParameter("groupBy", "'" + g + "' is not one of " + AggregateService.GROUPS);
            }
        }
        List<LockInWeights> weights = new ArrayList<>();
        for (String w : Params.strings(weightBy)) {
            LockInWeights lw = LockInWeights.byKey(w);
            if (lw == null) {
                throw ProblemException.invalidParameter("weightBy", "'" + w + "' is not one of criticality, switchingCost, "
                        + "supplierRole, dataAccess, standard");
            }
            weights.add(lw);
        }
        return aggregates.aggregate(query.filter(reference, List.of(PublicationState.PUBLISHED)),
                groups, weights,
                Params.integer("year", year, 1800, 2200), Boolean.TRUE.equals(Params.bool("includeProjects", includeProjects)));
    }

    private static InputStream require(InputStream body) {
        if (body == null) {
            throw ProblemException.invalidField("", "a request body is required");
        }
        return body;
    }

    static long id(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidParameter("id", "must be a positive whole number, got '" + raw + "'");
    }

    private static RestResponse<ProjectView> withTag(ProjectView view) {
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }
}
