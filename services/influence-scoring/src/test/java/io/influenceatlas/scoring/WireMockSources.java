package io.influenceatlas.scoring;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** Two WireMock servers on dynamic ports standing in for country-profile and project-registry. */
public class WireMockSources implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer countryProfile;
    public static WireMockServer projectRegistry;

    @Override
    public Map<String, String> start() {
        countryProfile = new WireMockServer(options().dynamicPort());
        projectRegistry = new WireMockServer(options().dynamicPort());
        countryProfile.start();
        projectRegistry.start();
        return Map.of("quarkus.rest-client.country-profile.url", countryProfile.baseUrl(),
                "quarkus.rest-client.project-registry.url", projectRegistry.baseUrl());
    }

    @Override
    public void stop() {
        if (countryProfile != null) {
            countryProfile.stop();
        }
        if (projectRegistry != null) {
            projectRegistry.stop();
        }
    }
}
