package io.influenceatlas.countryprofile.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.http.Editor;
import io.influenceatlas.common.http.Params;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageParams;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.PageResponses;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.countryprofile.api.BulkResultView;
import io.influenceatlas.countryprofile.api.ObservationValueRequest;
import io.influenceatlas.countryprofile.api.ObservationView;
import io.influenceatlas.countryprofile.domain.ObservationRepository;
import io.influenceatlas.countryprofile.importer.ImportFormat;
import io.influenceatlas.countryprofile.importer.ObservationCsv;
import io.influenceatlas.countryprofile.service.CountryService;
import io.influenceatlas.countryprofile.service.ObservationService;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

@Path("/observations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observations", description = "Country × indicator × year values with their sources; bulk upload in JSON or CSV.")
public class ObservationResource {

    static final String CSV = "text/csv";
    static final String CSV_EXAMPLE = "country,indicator,year,value,source_url,source_publisher,source_title,source_date,source_accessed,note\n"
            + "VNM,internet_users_pct,2022,78.59,https://data.worldbank.org/indicator/IT.NET.USER.ZS,World Bank,"
            + "World Development Indicators,,,\n";

    /** One operation in OpenAPI with two request media types, so both methods share their documentation. */
    static final String BULK_SUMMARY = "Bulk upsert observations (JSON array or CSV)";
    static final String BULK_DESCRIPTION = "Send application/json (an array of observations) or text/csv (RFC 4180, UTF-8, "
            + "header row; columns country, indicator, year, value, source_publisher required, and source_url, source_title, "
            + "source_date, source_accessed, note optional). A source needs a URL or a title. Every row is validated first: "
            + "if any is bad the answer is 422 listing every offending row and field (CSV: record number with the header as "
            + "row 1 and the column name; JSON: array index and JSON pointer) and nothing is written. Otherwise all rows are "
            + "written in one transaction. Rows identical to what is stored are left alone, so re-posting a file changes "
            + "nothing. dryRun=true only validates and reports what would change.";

    @Inject
    ObservationService observations;

    @Inject
    CountryService countries;

    @GET
    @Operation(summary = "Query observations",
            description = "Filters combine with AND. Sort keys: country, indicator, year, value, updatedAt (default: country,indicator,year).")
    @APIResponse(responseCode = "200", description = "A page of observations.")
    public RestResponse<Page<ObservationView>> searchObservations(
            @BeanParam PageParams paging,
            @Parameter(description = "Country code(s), alpha-2 or alpha-3; repeat or comma-separate.") @QueryParam("country") List<String> country,
            @Parameter(description = "Indicator code(s); repeat or comma-separate.") @QueryParam("indicator") List<String> indicator,
            @Parameter(description = "Exactly this year.") @QueryParam("year") String year,
            @QueryParam("fromYear") String fromYear, @QueryParam("toYear") String toYear,
            @QueryParam("sample") String sample,
            @Context UriInfo uri) {
        return PageResponses.ok(observations.search(filter(country, indicator, year, fromYear, toYear, sample),
                PageRequest.of(paging, ObservationRepository.SORT_COLUMNS.keySet(), "country,indicator,year")), uri);
    }

    @GET
    @Path("/export")
    @Produces(CSV)
    @Operation(summary = "Export observations as CSV",
            description = "All matching observations (same filters as the query) in the bulk-upload CSV format, so an export "
                    + "can be edited and uploaded again.")
    @APIResponse(responseCode = "200", description = "RFC 4180 CSV with a header row.",
            content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public String exportObservations(@QueryParam("country") List<String> country, @QueryParam("indicator") List<String> indicator,
                         @QueryParam("year") String year, @QueryParam("fromYear") String fromYear,
                         @QueryParam("toYear") String toYear, @QueryParam("sample") String sample) {
        StringBuilder out = new StringBuilder();
        ObservationCsv.write(observations.export(filter(country, indicator, year, fromYear, toYear, sample)), out);
        return out.toString();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "bulkUpsertObservations", summary = BULK_SUMMARY, description = BULK_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "What was (or would be) created, updated and left unchanged.")
    public BulkResultView bulkJson(
            @Parameter(description = "Validate and count only; write nothing.") @QueryParam("dryRun") String dryRun,
            @HeaderParam(Editor.HEADER) String editor,
            @RequestBody(content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                    implementation = io.influenceatlas.countryprofile.api.ObservationRequest.class)))
            @NotNull JsonNode request) {
        String who = Editor.resolve(editor);
        boolean dry = Boolean.TRUE.equals(Params.bool("dryRun", dryRun));
        return observations.upsert(observations.readJsonRows(request), ImportFormat.JSON, dry, false, who);
    }

    @POST
    @Path("/bulk")
    @Consumes(CSV)
    @Operation(operationId = "bulkUpsertObservations", summary = BULK_SUMMARY, description = BULK_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "What was (or would be) created, updated and left unchanged.")
    public BulkResultView bulkCsv(
            @QueryParam("dryRun") String dryRun,
            @HeaderParam(Editor.HEADER) String editor,
            @RequestBody(content = @Content(mediaType = CSV, example = CSV_EXAMPLE,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
            InputStream body) {
        String who = Editor.resolve(editor);
        boolean dry = Boolean.TRUE.equals(Params.bool("dryRun", dryRun));
        if (body == null) {
            throw ProblemException.invalidField("", "a CSV body is required");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        var rows = observations.readCsvRows(new InputStreamReader(body, decoder));
        return observations.upsert(rows, ImportFormat.CSV, dry, false, who);
    }

    @GET
    @Path("/{country}/{indicator}/{year}")
    @Operation(summary = "Get one observation")
    @APIResponse(responseCode = "200", description = "The observation.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such country, indicator or observation")
    public RestResponse<ObservationView> getObservation(@PathParam("country") String country, @PathParam("indicator") String indicator,
                                             @PathParam("year") String year) {
        ObservationView view = observations.get(country, indicator, pathYear(year));
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @PUT
    @Path("/{country}/{indicator}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace one observation",
            description = "Creates the observation (201) when it does not exist; replacing an existing one requires If-Match.")
    @APIResponse(responseCode = "200", description = "Replaced.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "201", description = "Created.", headers = {@Header(name = "ETag"), @Header(name = "Location")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationView.class)))
    @APIResponse(responseCode = "404", description = "No such country or indicator")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing for an existing observation")
    public RestResponse<ObservationView> putObservation(@PathParam("country") String country, @PathParam("indicator") String indicator,
                                             @PathParam("year") String year, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                             @HeaderParam(Editor.HEADER) String editor,
                                             @Valid @NotNull ObservationValueRequest request, @Context UriInfo uri) {
        var result = observations.put(country, indicator, pathYear(year), ifMatch, request, Editor.resolve(editor));
        ObservationView view = result.observation();
        if (result.created()) {
            return RestResponse.ResponseBuilder.<ObservationView>created(uri.getBaseUriBuilder().path("observations")
                            .path(view.country()).path(view.indicator()).path(Integer.toString(view.year())).build())
                    .entity(view).tag(ETags.of(view.version(), view.updatedAt())).build();
        }
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @DELETE
    @Path("/{country}/{indicator}/{year}")
    @Operation(summary = "Delete one observation", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such observation")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<Void> deleteObservation(@PathParam("country") String country, @PathParam("indicator") String indicator,
                                     @PathParam("year") String year, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        observations.delete(country, indicator, pathYear(year), ifMatch);
        return RestResponse.noContent();
    }

    private ObservationRepository.Filter filter(List<String> country, List<String> indicator, String year,
                                                String fromYear, String toYear, String sample) {
        List<String> countryCodes = countries.alpha3Parameter("country", country);
        Integer exact = Params.integer("year", year, 1900, 2100);
        Integer from = exact != null ? exact : Params.integer("fromYear", fromYear, 1900, 2100);
        Integer to = exact != null ? exact : Params.integer("toYear", toYear, 1900, 2100);
        return new ObservationRepository.Filter(countryCodes, Params.strings(indicator), from, to,
                Params.bool("sample", sample));
    }

    private static int pathYear(String year) {
        Integer y = Params.integer("year", year, 1900, 2100);
        if (y == null) {
            throw ProblemException.invalidParameter("year", "is required");
        }
        return y;
    }
}
