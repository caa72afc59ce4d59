package io.influenceatlas.countryprofile.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.influenceatlas.countryprofile.Api.json;
import static io.influenceatlas.countryprofile.Api.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Errors outside any one resource: every 4xx is problem+json, never a 500 or an empty body. */
@QuarkusTest
class HttpConventionsTest {

    @io.quarkus.test.common.http.TestHTTPResource("/observations/bulk")
    java.net.URI bulkUri;

    @Test
    void unknownRouteIs404Problem() {
        problem(json().get("/no-such-thing").then(), 404, "not-found");
    }

    @Test
    void wrongMethodIs405ProblemWithAllow() {
        problem(json().delete("/countries").then(), 405, "method-not-allowed")
                .header("Allow", containsString("GET"));
    }

    @Test
    void problemTypesAreDereferenceable() {
        json().get("/problems/validation-failed").then().statusCode(200)
                .body("status", equalTo(422))
                .body("description", containsString("Nothing was written"));
        json().get("/problems").then().statusCode(200).body("type", hasItem("/problems/precondition-required"));
        problem(json().get("/problems/teapot").then(), 404, "not-found");
    }

    @Test
    void oversizeChunkedBodyIsRefusedToo() throws Exception {
        // No Content-Length: Quarkus enforces the limit while reading the stream (413, empty body).
        var request = java.net.http.HttpRequest.newBuilder(bulkUri)
                .header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(new byte[17 * 1024 * 1024])))
                .build();
        Integer status;
        try {
            status = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException closedMidUpload) {
            // The server answers 413 and closes the connection; the client, still sending, may only see the close.
            status = null;
        }
        // What must never happen is the body being accepted and processed (200, 422, ...).
        if (status != null) {
            org.junit.jupiter.api.Assertions.assertEquals(413, status);
        }
        json().get("/observations").then().statusCode(200);
    }

    @Test
    void unsupportedMediaTypeIs415Problem() {
        problem(given().contentType("application/xml").body("<x/>").post("/indicators").then(), 415,
                "unsupported-media-type");
    }

    @Test
    void oversizeBodyIs413Problem() {
        byte[] big = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        problem(given().contentType("text/csv").body(big).post("/observations/bulk").then(), 413, "payload-too-large")
                .body("detail", containsString("at most"));
    }

    @Test
    void malformedJsonIs400AndWrongTypesAre422() {
        problem(json().body("{\"code\": ").post("/indicators").then(), 400, "malformed-request")
                .body("detail", containsString("not valid JSON"));
        problem(json().body("{\"code\":\"abc\"} trailing").post("/indicators").then(), 400, "malformed-request");
        problem(json().body("{\"code\":12,\"name\":\"n\",\"unit\":\"u\",\"direction\":\"NEUTRAL\"}").post("/indicators").then(),
                422, "validation-failed").body("errors[0].field", equalTo("/code"));
        problem(json().body("{\"code\":\"abc\",\"name\":\"n\",\"unit\":\"u\",\"direction\":\"NEUTRAL\",\"lenses\":\"LAW\"}")
                .post("/indicators").then(), 422, "validation-failed").body("errors[0].field", equalTo("/lenses"));
        problem(json().body("[]").post("/indicators").then(), 422, "validation-failed");
    }

    @Test
    void numbersAreNotCoercedSilently() {
        problem(json().body("{\"value\":\"12\",\"source\":{\"publisher\":\"P\",\"title\":\"T\"}}")
                .put("/observations/VNM/internet_users_pct/1999").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/value"));
        problem(json().body("[{\"country\":\"VNM\",\"indicator\":\"internet_users_pct\",\"year\":2020.5,\"value\":1,"
                        + "\"source\":{\"publisher\":\"P\",\"title\":\"T\"}}]").post("/observations/bulk").then(),
                422, "validation-failed").body("errors.field", hasItem("/0/year"));
    }
}
