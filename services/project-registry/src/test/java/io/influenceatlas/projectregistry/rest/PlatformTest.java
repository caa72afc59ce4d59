package io.influenceatlas.projectregistry.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** OpenAPI, Swagger UI, health and metrics endpoints. */
@QuarkusTest
class PlatformTest {

    @Test
    void openApiDocumentsOperationsAndProblems() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("openapi", equalTo("3.0.3"))
                .body("paths.'/projects'.get.operationId", equalTo("searchProjects"))
                .body("paths.'/projects/import'.post.requestBody.content.keySet()", hasItem("text/csv"))
                .body("paths.'/projects/import'.post.responses.'422'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/projects/export'.get.responses.'200'.content.keySet()", hasItem("application/geo+json"))
                .body("paths.'/projects/{id}'.put.responses.keySet()", hasItem("428"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void operationIdsAreUniqueForClientGenerators() {
        var doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        java.util.List<String> ids = doc.getList("paths.collect { p -> p.value.collect { m -> m.value.operationId } }.flatten()");
        org.junit.jupiter.api.Assertions.assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), ids.toString());
        org.junit.jupiter.api.Assertions.assertTrue(ids.size() >= 18, ids.toString());
    }

    @Test
    void healthIncludesDatabaseAndReferenceData() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'reference-data' }.data.countries", equalTo(249));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetrics() {
        given().get("/projects?size=1").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/projects\""));
    }
}
