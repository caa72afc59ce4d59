package io.influenceatlas.countryprofile.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.http.Editor;
import io.influenceatlas.common.http.Params;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageParams;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.PageResponses;
import io.influenceatlas.countryprofile.api.CountryView;
import io.influenceatlas.countryprofile.api.ObservationView;
import io.influenceatlas.countryprofile.api.PolicyEventView;
import io.influenceatlas.countryprofile.api.ProfileRequest;
import io.influenceatlas.countryprofile.api.ProfileRevisionView;
import io.influenceatlas.countryprofile.api.ProfileView;
import io.influenceatlas.countryprofile.domain.CountryRepository;
import io.influenceatlas.countryprofile.domain.ObservationRepository;
import io.influenceatlas.countryprofile.domain.PolicyEventRepository;
import io.influenceatlas.countryprofile.domain.ProfileRevisionRepository;
import io.influenceatlas.countryprofile.domain.RegimeType;
import io.influenceatlas.countryprofile.domain.UsAlignment;
import io.influenceatlas.countryprofile.service.CountryService;
import io.influenceatlas.countryprofile.service.ObservationService;
import io.influenceatlas.countryprofile.service.PolicyEventService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Year;
import java.util.List;

@Path("/countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Countries", description = "ISO 3166-1 countries, UN M49 regions and each country's profile between China and the U.S.")
public class CountryResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    CountryService countries;

    @Inject
    ObservationService observations;

    @Inject
    PolicyEventService events;

    @GET
    @Operation(summary = "List countries",
            description = "Filters combine with AND. Sort keys: name, alpha2, alpha3, numeric, region, subregion, "
                    + "briMouDate, dsrMouDate, regimeType, usAlignment (default: name).")
    @APIResponse(responseCode = "200", description = "A page of countries; RFC 8288 Link headers navigate pages.")
    public RestResponse<Page<CountryView>> listCountries(
            @BeanParam PageParams paging,
            @Parameter(description = "UN M49 region name or code, e.g. Asia or 142.") @QueryParam("region") String region,
            @Parameter(description = "UN M49 sub-region or intermediate region, name or code, e.g. South-eastern Asia, 035, Eastern Africa.")
            @QueryParam("subregion") String subregion,
            @Parameter(description = "true: a BRI MoU date is recorded; false: none is.") @QueryParam("bri") String bri,
            @Parameter(description = "true: a Digital Silk Road MoU date is recorded; false: none is.") @QueryParam("dsr") String dsr,
            @Parameter(description = "Regimes-of-the-World category; repeat or comma-separate for several.")
            @QueryParam("regimeType") List<String> regimeType,
            @Parameter(description = "Alignment with the U.S.; repeat or comma-separate for several.")
            @QueryParam("alignment") List<String> alignment,
            @QueryParam("personalist") String personalist,
            @Parameter(description = "Text in the name, or an exact alpha-2/alpha-3 code.") @QueryParam("q") String q,
            @Parameter(description = "true: only profiles holding sample data; false: only others.") @QueryParam("sample") String sample,
            @Context UriInfo uri) {
        var filter = new CountryRepository.Filter(Params.text("region", region, 100), Params.text("subregion", subregion, 100),
                Params.bool("bri", bri), Params.bool("dsr", dsr),
                Params.enumList("regimeType", regimeType, RegimeType.class),
                Params.enumList("alignment", alignment, UsAlignment.class), Params.bool("personalist", personalist),
                Params.text("q", q, 100), Params.bool("sample", sample));
        return PageResponses.ok(countries.list(filter, PageRequest.of(paging, CountryRepository.SORT_COLUMNS.keySet(), "name")), uri);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a country", description = "By ISO 3166-1 alpha-2 or alpha-3 code, case-insensitive.")
    @APIResponse(responseCode = "200", description = "The country and its profile.", headers = @Header(name = "ETag", description = "The profile version."))
    @APIResponse(responseCode = "404", description = "No such country code")
    public RestResponse<CountryView> getCountry(@Parameter(example = "MMR") @PathParam("code") String code) {
        CountryView view = countries.get(code);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.profile().version(), view.profile().updatedAt())).build();
    }

    @GET
    @Path("/{code}/profile")
    @Operation(summary = "Get a country's profile")
    @APIResponse(responseCode = "200", description = "The profile.", headers = @Header(name = "ETag", description = "Send it back in If-Match to edit."))
    @APIResponse(responseCode = "404", description = "No such country code")
    public RestResponse<ProfileView> getProfile(@PathParam("code") String code) {
        ProfileView view = countries.profile(code);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @PUT
    @Path("/{code}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a country's profile",
            description = "Replaces every profile attribute (absent ones are cleared). Requires If-Match with the current ETag. "
                    + "The change is recorded in the profile history with the editor from X-Atlas-User.")
    @APIResponse(responseCode = "200", description = "The updated profile.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such country code")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ProfileView> replaceProfile(
            @PathParam("code") String code,
            @Parameter(description = "The ETag from your last GET.") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Parameter(description = "Who makes the change (set by the gateway).") @HeaderParam(Editor.HEADER) String editor,
            @Valid @NotNull ProfileRequest request) {
        ProfileView view = countries.replaceProfile(code, ifMatch, request, Editor.resolve(editor));
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @PATCH
    @Path("/{code}/profile")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some profile attributes",
            description = "An RFC 7396 JSON merge patch: members present are set, null clears, absent stay. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The updated profile.", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "404", description = "No such country code")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ProfileView> patchProfile(
            @PathParam("code") String code,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @HeaderParam(Editor.HEADER) String editor,
            @RequestBody(description = "Members to set; null clears one.",
                    content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ProfileRequest.class)))
            @NotNull JsonNode request) {
        ProfileView view = countries.patchProfile(code, ifMatch, request, Editor.resolve(editor));
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version(), view.updatedAt())).build();
    }

    @GET
    @Path("/{code}/profile/history")
    @Operation(summary = "A profile's change history",
            description = "Every saved change: version, time, editor and each attribute's old and new value. "
                    + "Sort keys: version, changedAt (default: -version).")
    @APIResponse(responseCode = "200", description = "A page of revisions.")
    @APIResponse(responseCode = "404", description = "No such country code")
    public RestResponse<Page<ProfileRevisionView>> profileHistory(@PathParam("code") String code, @BeanParam PageParams paging,
                                                           @Context UriInfo uri) {
        return PageResponses.ok(countries.history(code,
                PageRequest.of(paging, ProfileRevisionRepository.SORT_COLUMNS.keySet(), "-version")), uri);
    }

    @GET
    @Path("/{code}/indicators/{indicator}/series")
    @Operation(summary = "Time series of one indicator for a country",
            description = "Sort keys: year, value (default: year).")
    @APIResponse(responseCode = "200", description = "A page of observations, one per year.")
    @APIResponse(responseCode = "404", description = "No such country or indicator")
    public RestResponse<Page<ObservationView>> indicatorSeries(@PathParam("code") String code,
                                                      @PathParam("indicator") String indicator,
                                                      @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageResponses.ok(observations.series(code, indicator,
                PageRequest.of(paging, ObservationRepository.SORT_COLUMNS.keySet(), "year")), uri);
    }

    @GET
    @Path("/{code}/latest-values")
    @Operation(summary = "Latest value of every indicator for a country",
            description = "For each indicator, the most recent observation in the year given (default: this year) or before; "
                    + "maxAge limits how many years back a value may be. Sort keys: indicator, year, value (default: indicator).")
    @APIResponse(responseCode = "200", description = "A page of observations, one per indicator.")
    @APIResponse(responseCode = "404", description = "No such country code")
    public RestResponse<Page<ObservationView>> latestValues(
            @PathParam("code") String code,
            @Parameter(description = "As of this year (default: the current year).") @QueryParam("year") String year,
            @Parameter(description = "Oldest acceptable value, in years before `year` (default: no limit).") @QueryParam("maxAge") String maxAge,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        int asOf = yearOrCurrent(year);
        return PageResponses.ok(observations.latest(code, asOf, maxAgeOrUnlimited(maxAge, asOf),
                PageRequest.of(paging, ObservationRepository.SORT_COLUMNS.keySet(), "indicator")), uri);
    }

    @GET
    @Path("/{code}/policy-events")
    @Operation(summary = "A country's policy events",
            description = "Same filters and sort keys as GET /policy-events (default: -date).")
    @APIResponse(responseCode = "200", description = "A page of policy events.")
    @APIResponse(responseCode = "404", description = "No such country code")
    public RestResponse<Page<PolicyEventView>> countryPolicyEvents(
            @PathParam("code") String code, @BeanParam PolicyEventQuery query,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageResponses.ok(events.list(query.toFilter(List.of(countries.alpha3(code))),
                PageRequest.of(paging, PolicyEventRepository.SORT_COLUMNS.keySet(), "-date")), uri);
    }

    static int yearOrCurrent(String year) {
        Integer y = Params.integer("year", year, 1900, 2100);
        return y == null ? Year.now().getValue() : y;
    }

    static int maxAgeOrUnlimited(String maxAge, int year) {
        Integer a = Params.integer("maxAge", maxAge, 0, 200);
        return a == null ? year - 1900 : a;
    }
}
