package io.influenceatlas.projectregistry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.influenceatlas.projectregistry.Api.json;
import static io.influenceatlas.projectregistry.Api.problem;
import static io.influenceatlas.projectregistry.Api.unique;
import static org.hamcrest.Matchers.equalTo;

/** Oversized imports: too many rows, or too large a body, get 413 problem+json and write nothing. */
@QuarkusTest
@TestProfile(ImportLimitsTest.SmallLimits.class)
class ImportLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.import.max-rows", "2", "quarkus.http.limits.max-body-size", "4K",
                    "atlas.sample-data.load", "false");
        }
    }

    static String rows(String tag, int n) {
        StringBuilder csv = new StringBuilder("external_id,title,category,countries,status_history,tags\n");
        for (int i = 0; i < n; i++) {
            csv.append(tag).append('-').append(i).append(",Row ").append(i).append(",DATA_CENTRE,KEN:HOST,AGREED:2020,").append(tag).append('\n');
        }
        return csv.toString();
    }

    @Test
    void tooManyRows() {
        String tag = unique("limit");
        RestAssured.given().contentType("text/csv; charset=UTF-8").body(rows(tag, 2)).post("/projects/import").then()
                .statusCode(200).body("created", equalTo(2));
        problem(RestAssured.given().contentType("text/csv; charset=UTF-8").accept("application/json")
                .body(rows(unique("limit"), 3)).post("/projects/import").then(), 413, "payload-too-large");
        json().get("/projects?tag=" + tag).then().body("total", equalTo(2));
    }

    @Test
    void tooLargeABody() {
        String tag = unique("big");
        problem(RestAssured.given().contentType("text/csv; charset=UTF-8").accept("application/json")
                .body(rows(tag, 100)).post("/projects/import").then(), 413, "payload-too-large");
        json().get("/projects?tag=" + tag).then().body("total", equalTo(0));
    }
}
