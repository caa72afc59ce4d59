package io.influenceatlas.scoring.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * country-profile, one page per call, with this service's policy for it, on every method: a time
 * limit per call, two retries (not for a refusal, which {@link SourceRejected} reports), and a circuit
 * breaker (one per method) that stops calling a service that keeps failing. Values can be changed in
 * configuration (quarkus.fault-tolerance."&lt;class&gt;/&lt;method&gt;".…).
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = SourceRejected.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        skipOn = SourceRejected.class)
public class CountryProfileClient {

    public static final String NAME = "country-profile";

    @RestClient
    CountryProfileApi api;

    public Remote.Page<Remote.Country> countries(int page, int size) {
        return SourceCalls.call(NAME, () -> api.countries(page, size, "alpha3"));
    }

    public Remote.Indicator indicator(String code) {
        return SourceCalls.call(NAME, () -> api.indicator(code));
    }

    public Remote.Country country(String code) {
        return SourceCalls.call(NAME, () -> api.country(code));
    }

    public Remote.Page<Remote.Observation> crossSection(String code, int year, int maxAge, int page, int size) {
        return SourceCalls.call(NAME, () -> api.crossSection(code, year, maxAge, page, size, "country"));
    }

    public Remote.Page<Remote.PolicyEvent> policyEvents(String types, String stances, String from, String to, int page, int size) {
        return SourceCalls.call(NAME, () -> api.policyEvents(types, stances, from, to, page, size, "id"));
    }
}
