package io.influenceatlas.projectregistry;

import io.influenceatlas.embeddedpg.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every @QuarkusTest and @QuarkusIntegrationTest of this module runs against one real embedded
 * PostgreSQL (a global test resource: declaring it once applies it to all tests).
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public class PostgresTestResource {
}
