package io.influenceatlas.scoring.rest;

import io.influenceatlas.common.http.Editor;
import io.influenceatlas.common.http.Params;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageParams;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.PageResponses;
import io.influenceatlas.scoring.api.ComparisonView;
import io.influenceatlas.scoring.api.CountryScoreView;
import io.influenceatlas.scoring.api.RankingView;
import io.influenceatlas.scoring.api.RunRequest;
import io.influenceatlas.scoring.api.RunView;
import io.influenceatlas.scoring.service.RunService;
import io.influenceatlas.scoring.service.ScoreReadService;
import io.influenceatlas.scoring.service.ScoreReadService.RunRef;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

@Path("/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Runs", description = "Score runs: rankings, explanations down to projects and sources, comparisons.")
public class RunResource {

    static final String RUN = "A run id, or 'latest': the last completed run of `methodology` (default dsr-exposure), for `year` if given.";

    @Inject
    RunService runs;

    @Inject
    ScoreReadService reads;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run a methodology for a year",
            description = "Reads the inputs from country-profile and project-registry, computes the main framework and every lens, "
                    + "and stores the whole result with an inputs hash; sameInputsAs names an earlier run with identical inputs "
                    + "(and so identical results). If a source stays unavailable the answer is 503 and nothing is stored; the "
                    + "last completed run is still served.")
    @APIResponse(responseCode = "201", description = "The completed run.", headers = @Header(name = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "404", description = "No such methodology or version")
    @APIResponse(responseCode = "409", description = "The methodology has no published version and none was named")
    @APIResponse(responseCode = "503", description = "A source service is unavailable; nothing was stored")
    public RestResponse<RunView> createRun(@HeaderParam(Editor.HEADER) String editor, RunRequest request, @Context UriInfo uri) {
        RunView view = runs.run(request, Editor.resolve(editor));
        return RestResponse.ResponseBuilder.<RunView>created(uri.getBaseUriBuilder().path("runs").path(Long.toString(view.id())).build())
                .entity(view).build();
    }

    @GET
    @Operation(summary = "List completed runs", description = "Sort keys: id, year, completedAt (default -id).")
    @APIResponse(responseCode = "200", description = "A page of runs.")
    public RestResponse<Page<RunView>> listRuns(@QueryParam("methodology") String methodology, @QueryParam("year") String year,
                                                @BeanParam PageParams paging, @Context UriInfo uri) {
        return PageResponses.ok(reads.runs(Params.text("methodology", methodology, 60), Params.integer("year", year, 1900, 2100),
                PageRequest.of(paging, ScoreReadService.RUN_SORT.keySet(), "-id")), uri);
    }

    @GET
    @Path("/{run}")
    @Operation(summary = "Get a run", description = "What was run, on which inputs, when they were taken.")
    @APIResponse(responseCode = "200", description = "The run.")
    @APIResponse(responseCode = "404", description = "No such run")
    public RunView getRun(@Parameter(description = RUN, example = "latest") @PathParam("run") String run,
                          @QueryParam("methodology") String methodology, @QueryParam("year") String year) {
        return reads.run(ref(run, methodology, year));
    }

    @GET
    @Path("/{run}/ranking")
    @Operation(summary = "A run's ranking",
            description = "framework: main (default) or a lens code. region: a UN M49 region or sub-region, by name or code. "
                    + "scored: true for ranked countries only. Sort keys: rank, composite, country, name, coverage (default rank; "
                    + "countries not scored come last).")
    @APIResponse(responseCode = "200", description = "A page of the ranking, with its run.")
    public RankingView getRanking(@Parameter(description = RUN, example = "latest") @PathParam("run") String run,
                                  @QueryParam("methodology") String methodology, @QueryParam("year") String year,
                                  @QueryParam("framework") String framework,
                                  @Parameter(description = "e.g. Africa, 002, South-eastern Asia.") @QueryParam("region") String region,
                                  @QueryParam("scored") String scored, @BeanParam PageParams paging) {
        return reads.ranking(ref(run, methodology, year), Params.text("framework", framework, 60),
                Params.text("region", region, 100), Params.bool("scored", scored),
                PageRequest.of(paging, ScoreReadService.RANKING_SORT.keySet(), "rank"));
    }

    @GET
    @Path("/{run}/countries/{country}")
    @Operation(summary = "One country's score, explained",
            description = "The framework tree with the country's group scores and contributions; every indicator's raw, treated "
                    + "and normalised values, contribution and evidence: the observation and its source, the registry projects "
                    + "(id, title, sources, read from project-registry) or the policy events behind the value.")
    @APIResponse(responseCode = "200", description = "The country's result.")
    @APIResponse(responseCode = "404", description = "No such run, or the country is not in it")
    public CountryScoreView getCountryScore(@Parameter(description = RUN, example = "latest") @PathParam("run") String run,
                                            @Parameter(description = "ISO 3166-1 alpha-3.", example = "KEN") @PathParam("country") String country,
                                            @QueryParam("methodology") String methodology, @QueryParam("year") String year,
                                            @QueryParam("framework") String framework) {
        return reads.country(ref(run, methodology, year), country, Params.text("framework", framework, 60));
    }

    @GET
    @Path("/{run}/comparison/{other}")
    @Operation(summary = "Compare two runs",
            description = "Each country's composite and rank in {run} (from) and {other} (to): delta = to − from, rankChange = "
                    + "rankFrom − rankTo (positive: moved towards rank 1). Sort keys: delta, rankChange, compositeTo, rankTo, "
                    + "country (default -delta; nulls last).")
    @APIResponse(responseCode = "200", description = "A page of countries.")
    public ComparisonView compareRuns(@Parameter(description = RUN) @PathParam("run") String run,
                                      @Parameter(description = "A run id or 'latest'.") @PathParam("other") String other,
                                      @QueryParam("methodology") String methodology, @QueryParam("year") String year,
                                      @QueryParam("framework") String framework, @QueryParam("region") String region,
                                      @BeanParam PageParams paging) {
        return reads.compare(ref(run, methodology, year), ref(other, methodology, year), Params.text("framework", framework, 60),
                Params.text("region", region, 100), PageRequest.of(paging, ScoreReadService.COMPARISON_SORT.keySet(), "-delta"));
    }

    private static RunRef ref(String run, String methodology, String year) {
        return new RunRef(run, Params.text("methodology", methodology, 60), Params.integer("year", year, 1900, 2100));
    }
}
