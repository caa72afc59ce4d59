package io.influenceatlas.scoring.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** project-registry's read API, as far as scoring uses it. Use it through {@link ProjectRegistryClient}. */
@RegisterRestClient(configKey = "project-registry")
@Produces(MediaType.APPLICATION_JSON)
public interface ProjectRegistryApi {

    @GET
    @Path("/projects/aggregates")
    Remote.Aggregates aggregates(@QueryParam("countryRole") String roles, @QueryParam("category") String categories,
                                 @QueryParam("status") String statuses, @QueryParam("supplierOrigin") String supplierOrigin,
                                 @QueryParam("organisationOrigin") String organisationOrigin,
                                 @QueryParam("weightBy") String weightBy, @QueryParam("year") int year,
                                 @QueryParam("groupBy") String groupBy, @QueryParam("includeProjects") boolean includeProjects);

    @GET
    @Path("/projects")
    Remote.Page<Remote.Project> projects(@QueryParam("id") String ids, @QueryParam("size") int size,
                                         @QueryParam("state") String state);
}
