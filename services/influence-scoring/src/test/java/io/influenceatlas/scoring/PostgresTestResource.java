package io.influenceatlas.scoring;

import io.influenceatlas.embeddedpg.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every @QuarkusTest of this module runs against one real embedded PostgreSQL and against WireMock
 * stand-ins for country-profile and project-registry (global test resources: declared once, applied to all).
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(WireMockSources.class)
public class PostgresTestResource {
}
