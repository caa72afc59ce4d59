package io.influenceatlas.projectregistry.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static io.influenceatlas.projectregistry.Api.json;
import static io.influenceatlas.projectregistry.Api.problem;
import static io.influenceatlas.projectregistry.Api.project;
import static io.influenceatlas.projectregistry.Api.unique;
import static org.hamcrest.Matchers.equalTo;

/**
 * Limits, with small settings: too many rows or too large a body get 413 problem+json; ordinary
 * requests have a smaller body limit than imports; and with one row per chunk, a bad last row still
 * leaves nothing written (the earlier chunks were flushed, then rolled back).
 */
@QuarkusTest
@TestProfile(ImportLimitsTest.SmallLimits.class)
class ImportLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.import.max-rows", "3", "atlas.import.chunk-size", "1",
                    "quarkus.http.limits.max-body-size", "8K", "atlas.http.max-body-size", "1K",
                    "atlas.sample-data.load", "false");
        }
    }

    static final String CSV = "text/csv; charset=UTF-8";

    @TestHTTPResource("/projects")
    URL projects;

    static String rows(String tag, int n, String lastCountry) {
        StringBuilder csv = new StringBuilder("external_id,title,category,countries,status_history,tags\n");
        for (int i = 0; i < n; i++) {
            csv.append(tag).append('-').append(i).append(",Row ").append(i).append(",DATA_CENTRE,")
                    .append(i == n - 1 ? lastCountry : "KEN").append(":HOST,AGREED:2020,").append(tag).append('\n');
        }
        return csv.toString();
    }

    static int total(String tag) {
        return json().get("/projects?tag=" + tag).then().extract().path("total");
    }

    @Test
    void tooManyRows() {
        String tag = unique("limit");
        RestAssured.given().contentType(CSV).body(rows(tag, 3, "KEN")).post("/projects/import").then()
                .statusCode(200).body("created", equalTo(3));
        String refused = unique("limit");
        problem(RestAssured.given().contentType(CSV).accept("application/json").body(rows(refused, 4, "KEN"))
                .post("/projects/import").then(), 413, "payload-too-large");
        org.junit.jupiter.api.Assertions.assertEquals(0, total(refused));
    }

    @Test
    void bodyLimitsAreSmallerForOrdinaryRequests() throws Exception {
        String tag = unique("big");
        String large = rows(tag, 3, "KEN") + "x".repeat(8 * 1024);
        problem(RestAssured.given().contentType(CSV).accept("application/json").body(large).post("/projects/import").then(),
                413, "payload-too-large");
        String padded = project("Padded", unique("t"), ",\"description\":\"" + "x".repeat(1200) + "\"");
        problem(json().body(padded).post("/projects").then(), 413, "payload-too-large");
        // A chunked body must declare its length where the smaller limit applies.
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(projects.toURI())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(padded.getBytes())))
                        .build(), HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(411, chunked.statusCode(), chunked.body());
        org.junit.jupiter.api.Assertions.assertTrue(chunked.body().contains("/problems/length-required"), chunked.body());
        // The same size is fine for an import, whose limit is the larger one.
        String imported = unique("pad");
        RestAssured.given().contentType(CSV).body(rows(imported, 3, "KEN").replace("Row ", "Row " + "y".repeat(400)))
                .post("/projects/import").then().statusCode(200).body("created", equalTo(3));
        org.junit.jupiter.api.Assertions.assertEquals(0, total(tag));
    }

    @Test
    void aBadRowAfterWrittenChunksLeavesNothing() {
        String tag = unique("chunk");
        problem(RestAssured.given().contentType(CSV).accept("application/json").body(rows(tag, 3, "XX"))
                .post("/projects/import").then(), 422, "validation-failed")
                .body("errors[0].row", equalTo(4)).body("errors[0].field", equalTo("countries"));
        org.junit.jupiter.api.Assertions.assertEquals(0, total(tag));
        RestAssured.given().contentType(CSV).body(rows(tag, 3, "KEN")).post("/projects/import?dryRun=true").then()
                .statusCode(200).body("created", equalTo(3));
        org.junit.jupiter.api.Assertions.assertEquals(0, total(tag));
    }
}
