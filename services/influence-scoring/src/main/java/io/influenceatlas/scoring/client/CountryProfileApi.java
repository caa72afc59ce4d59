package io.influenceatlas.scoring.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** country-profile's read API, as far as scoring uses it. Use it through {@link CountryProfileClient}. */
@RegisterRestClient(configKey = "country-profile")
@Produces(MediaType.APPLICATION_JSON)
public interface CountryProfileApi {

    @GET
    @Path("/countries")
    Remote.Page<Remote.Country> countries(@QueryParam("page") int page, @QueryParam("size") int size,
                                          @QueryParam("sort") String sort);

    @GET
    @Path("/countries/{code}")
    Remote.Country country(@PathParam("code") String code);

    @GET
    @Path("/indicators/{code}")
    Remote.Indicator indicator(@PathParam("code") String code);

    @GET
    @Path("/indicators/{code}/cross-section")
    Remote.Page<Remote.Observation> crossSection(@PathParam("code") String code, @QueryParam("year") int year,
                                                 @QueryParam("maxAge") int maxAge, @QueryParam("page") int page,
                                                 @QueryParam("size") int size, @QueryParam("sort") String sort);

    @GET
    @Path("/policy-events")
    Remote.Page<Remote.PolicyEvent> policyEvents(@QueryParam("type") String types, @QueryParam("stance") String stances,
                                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                                 @QueryParam("page") int page, @QueryParam("size") int size,
                                                 @QueryParam("sort") String sort);
}
