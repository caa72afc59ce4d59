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

    @Test
    void unknownRouteIs404Problem() {
        problem(json().get("/no-such-thing").then(), 404, "not-found");
    }

    @Test
    void wrongMethodIs405Problem() {
        problem(json().delete("/countries").then(), 405, "method-not-allowed");
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
