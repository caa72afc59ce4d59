package io.influenceatlas.countryprofile.rest;

import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.http.Editor;
import io.influenceatlas.common.http.Params;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageParams;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.PageResponses;
import io.influenceatlas.countryprofile.api.IndicatorRequest;
import io.influenceatlas.countryprofile.api.IndicatorView;
import io.influenceatlas.countryprofile.api.ObservationView;
import io.influenceatlas.countryprofile.domain.Direction;
import io.influenceatlas.countryprofile.domain.IndicatorRepository;
import io.influenceatlas.countryprofile.domain.Lens;
import io.influenceatlas.countryprofile.domain.ObservationRepository;
import io.influenceatlas.countryprofile.service.IndicatorService;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The indicator catalogue and cross-sections of its observations.")
public class IndicatorResource {

    @Inject
    IndicatorService indicators;

    @Inject
    ObservationService observations;

    @GET
    @Operation(summary = "List indicators",
            description = "Sort keys: code, name, unit, direction, updatedAt (default: code).")
    @APIResponse(responseCode = "200", description = "A page of indicators.")
    public RestResponse<Page<IndicatorView>> listIndicators(
            @BeanParam PageParams paging,
            @Parameter(description = "Dimension tag, e.g. economic-dependence.") @QueryParam("dimension") String dimension,
            @Parameter(description = "Lens tag, e.g. MARKET.") @QueryParam("lens") String lens,
            @QueryParam("direction") String direction,
            @Parameter(description = "Text in code, name or description.") @QueryParam("q") String q,
            @QueryParam("sample") String sample,
            @Context UriInfo uri) {
        var filter = new IndicatorRepository.Filter(Params.text("dimension", dimension, 60),
                Params.enumValue("lens", lens, Lens.class), Params.enumValue("direction", direction, Direction.class),
                Params.text("q", q, 100), Params.bool("sample", sample));
        return PageResponses.ok(indicators.list(filter,
                PageRequest.of(paging, IndicatorRepository.SORT_COLUMNS.keySet(), "code")), uri);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get an indicator")
    @APIResponse(responseCode = "200", description = "The indicator.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such indicator")
    public RestResponse<IndicatorView> getIndicator(@PathParam("code") String code) {
        IndicatorView view = indicators.get(code);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an indicator to the catalogue")
    @APIResponse(responseCode = "201", description = "Created; Location names it.", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "409", description = "An indicator with this code exists")
    public RestResponse<IndicatorView> createIndicator(@HeaderParam(Editor.HEADER) String editor,
                                              @Valid @NotNull IndicatorRequest request, @Context UriInfo uri) {
        IndicatorView view = indicators.create(request, Editor.resolve(editor), false);
        return RestResponse.ResponseBuilder.<IndicatorView>created(uri.getAbsolutePathBuilder().path(view.code()).build())
                .entity(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an indicator", description = "The code cannot change. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The updated indicator.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<IndicatorView> replaceIndicator(@PathParam("code") String code, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                               @HeaderParam(Editor.HEADER) String editor,
                                               @Valid @NotNull IndicatorRequest request) {
        IndicatorView view = indicators.replace(code, ifMatch, request, Editor.resolve(editor));
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @DELETE
    @Path("/{code}")
    @Operation(summary = "Delete an indicator", description = "Only when it has no observations. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "409", description = "The indicator still has observations")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<Void> deleteIndicator(@PathParam("code") String code, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        indicators.delete(code, ifMatch);
        return RestResponse.noContent();
    }

    @GET
    @Path("/{code}/cross-section")
    @Operation(summary = "One indicator across countries for a year",
            description = "Each country's observation for the year, or with maxAge > 0 its latest in the maxAge years before. "
                    + "Sort keys: country, value, year (default: country).")
    @APIResponse(responseCode = "200", description = "A page of observations, one per country.")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public RestResponse<Page<ObservationView>> crossSection(
            @PathParam("code") String code,
            @Parameter(description = "Year (required).", required = true, example = "2022") @QueryParam("year") String year,
            @Parameter(description = "Years back a value may be carried forward (default 0).") @QueryParam("maxAge") String maxAge,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        Integer y = Params.integer("year", year, 1900, 2100);
        if (y == null) {
            throw io.influenceatlas.common.problem.ProblemException.invalidParameter("year", "is required");
        }
        Integer age = Params.integer("maxAge", maxAge, 0, 200);
        return PageResponses.ok(observations.crossSection(code, y, age == null ? 0 : age,
                PageRequest.of(paging, ObservationRepository.SORT_COLUMNS.keySet(), "country")), uri);
    }
}
