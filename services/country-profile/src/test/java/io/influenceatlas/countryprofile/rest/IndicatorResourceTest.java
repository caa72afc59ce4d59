package io.influenceatlas.countryprofile.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.influenceatlas.countryprofile.Api.createIndicator;
import static io.influenceatlas.countryprofile.Api.indicatorJson;
import static io.influenceatlas.countryprofile.Api.json;
import static io.influenceatlas.countryprofile.Api.problem;
import static io.influenceatlas.countryprofile.Api.uniqueCode;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class IndicatorResourceTest {

    @Test
    void createGetReplaceDelete() {
        String code = uniqueCode("crud");
        String etag = json().header("X-Atlas-User", "analyst-b").body(indicatorJson(code)).post("/indicators")
                .then().statusCode(201)
                .header("Location", endsWith("/indicators/" + code))
                .header("ETag", notNullValue())
                .body("code", equalTo(code))
                .body("lenses", hasItem("MARKET"))
                .body("createdBy", equalTo("analyst-b"))
                .body("sample", equalTo(false))
                .extract().header("ETag");
        json().get("/indicators/" + code).then().statusCode(200).header("ETag", equalTo(etag))
                .body("defaultSource.publisher", equalTo("Example publisher"));

        String changed = indicatorJson(code).replace("\"unit\":\"%\"", "\"unit\":\"index 0-1\"");
        problem(json().body(changed).put("/indicators/" + code).then(), 428, "precondition-required");
        String etag2 = json().header("If-Match", etag).body(changed).put("/indicators/" + code)
                .then().statusCode(200).body("unit", equalTo("index 0-1")).extract().header("ETag");
        problem(json().header("If-Match", etag).body(changed).put("/indicators/" + code).then(), 412, "precondition-failed");

        problem(json().header("If-Match", etag).delete("/indicators/" + code).then(), 412, "precondition-failed");
        json().header("If-Match", etag2).delete("/indicators/" + code).then().statusCode(204);
        problem(json().get("/indicators/" + code).then(), 404, "not-found");
    }

    @Test
    void duplicateCodeIsConflict() {
        String code = uniqueCode("dup");
        createIndicator(code);
        problem(json().body(indicatorJson(code)).post("/indicators").then(), 409, "conflict")
                .body("detail", containsString(code));
    }

    @Test
    void codeCannotChange() {
        String code = uniqueCode("fixed");
        createIndicator(code);
        String etag = json().get("/indicators/" + code).then().extract().header("ETag");
        problem(json().header("If-Match", etag).body(indicatorJson(code + "x")).put("/indicators/" + code).then(),
                422, "validation-failed").body("errors[0].field", equalTo("/code"));
    }

    @Test
    void indicatorWithObservationsCannotBeDeleted() {
        String code = uniqueCode("used");
        createIndicator(code);
        json().body("{\"value\":1.5,\"source\":{\"publisher\":\"P\",\"title\":\"T\"}}")
                .put("/observations/KEN/" + code + "/2021").then().statusCode(201);
        String etag = json().get("/indicators/" + code).then().extract().header("ETag");
        problem(json().header("If-Match", etag).delete("/indicators/" + code).then(), 409, "conflict")
                .body("detail", containsString("1 observations"));
    }

    @Test
    void invalidIndicatorsNameEveryField() {
        String body = """
                {"code":"Bad Code","name":"","unit":"%","direction":"UP","dimensions":["Not A Slug"],
                 "lenses":["CULTURE"],"defaultSource":{"publisher":"X","url":"not a url"}}
                """;
        // Enum mapping fails first, at the first bad enum: the body cannot become a request at all.
        problem(json().body(body).post("/indicators").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/direction"));
        String mapped = body.replace("\"UP\"", "\"INCREASES_EXPOSURE\"").replace("[\"CULTURE\"]", "[\"LAW\"]");
        problem(json().body(mapped).post("/indicators").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/code"))
                .body("errors.field", hasItem("/name"))
                .body("errors.field", hasItem("/dimensions/0"))
                .body("errors.field", hasItem("/defaultSource/url"));
        problem(json().body(mapped.replace("\"LAW\"", "\"CULTURE\"")).post("/indicators").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/lenses/0"));
    }

    @Test
    void listFiltersByDimensionLensDirectionAndText() {
        json().queryParam("dimension", "governance-model-diffusion").queryParam("size", 500).get("/indicators")
                .then().statusCode(200)
                .body("items.dimensions", everyItem(hasItem("governance-model-diffusion")))
                .body("items.code", hasItem("fotn_total_score"));
        json().queryParam("lens", "code").queryParam("size", 500).get("/indicators")
                .then().statusCode(200)
                .body("items.code", hasItem("fotn_total_score"))
                .body("items.lenses", everyItem(hasItem("CODE")));
        json().queryParam("direction", "NEUTRAL").queryParam("size", 500).get("/indicators")
                .then().statusCode(200)
                .body("items.direction", everyItem(equalTo("NEUTRAL")))
                .body("items.code", hasItem("population_total"));
        json().queryParam("q", "freedom on the net").get("/indicators")
                .then().statusCode(200).body("items[0].code", equalTo("fotn_total_score"));
        problem(json().queryParam("lens", "CULTURE").get("/indicators").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("lens"));
    }

    @Test
    void unchangedPutKeepsTheETag() {
        String code = uniqueCode("same");
        String etag = json().body(indicatorJson(code)).post("/indicators").then().statusCode(201).extract().header("ETag");
        json().header("If-Match", etag).body(indicatorJson(code)).put("/indicators/" + code)
                .then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void concurrentCreatesOfOneCodeGiveOneCreatedAndConflicts() throws Exception {
        String code = uniqueCode("race");
        int writers = 6;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            java.util.List<java.util.concurrent.Callable<Integer>> posts = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                posts.add(() -> json().body(indicatorJson(code)).post("/indicators").statusCode());
            }
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(posts)) {
                statuses.add(f.get());
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            org.junit.jupiter.api.Assertions.assertEquals(writers - 1, statuses.stream().filter(s -> s == 409).count(),
                    statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }
}
