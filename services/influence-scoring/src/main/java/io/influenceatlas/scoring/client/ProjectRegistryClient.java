package io.influenceatlas.scoring.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * project-registry with this service's policy for it (see {@link CountryProfileClient}). An aggregate
 * is one SQL query over the whole registry, so it gets a longer time limit than a page of projects.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = SourceRejected.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = SourceRejected.class)
public class ProjectRegistryClient {

    public static final String NAME = "project-registry";

    @RestClient
    ProjectRegistryApi api;

    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public Remote.Aggregates aggregatesByCountry(String roles, String categories, String statuses, String supplierOrigin,
                                                 String organisationOrigin, String weightBy, int year) {
        return SourceCalls.call(NAME, () -> api.aggregates(roles, categories, statuses, supplierOrigin, organisationOrigin,
                weightBy, year,
                "country", true));
    }

    public Remote.Page<Remote.Project> projects(String ids, int size) {
        return SourceCalls.call(NAME, () -> api.projects(ids, size, "PUBLISHED"));
    }
}
