package io.influenceatlas.projectregistry.health;

import io.influenceatlas.projectregistry.domain.CountryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the ISO 3166-1 reference codes are in place: every project and organisation check uses them. */
@Readiness
@ApplicationScoped
public class ReferenceDataHealthCheck implements HealthCheck {

    static final long ISO_3166_ENTRIES = 249;

    @Inject
    CountryRepository countries;

    @Override
    public HealthCheckResponse call() {
        long count;
        try {
            count = countries.count();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("reference-data").down().withData("error", e.getClass().getSimpleName()).build();
        }
        return HealthCheckResponse.named("reference-data").status(count == ISO_3166_ENTRIES)
                .withData("countries", count).build();
    }
}
