package io.influenceatlas.scoring.health;

import io.influenceatlas.scoring.config.AtlasConfig;
import io.influenceatlas.scoring.domain.MethodologyRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the default methodology is installed. The other services' health is deliberately not
 * part of readiness: when they are down, this service still serves its stored runs.
 */
@Readiness
@ApplicationScoped
public class DefaultMethodologyHealthCheck implements HealthCheck {

    @Inject
    MethodologyRepository methodologies;

    @Inject
    AtlasConfig config;

    @Override
    public HealthCheckResponse call() {
        String key = config.scoring().defaultMethodology();
        int version = QuarkusTransaction.requiringNew().call(() -> methodologies.lastVersion(key));
        return HealthCheckResponse.named("default-methodology").status(version > 0)
                .withData("methodology", key).withData("versions", version).build();
    }
}
