package io.influenceatlas.countryprofile.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.influenceatlas.countryprofile.Api.json;
import static io.influenceatlas.countryprofile.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

@QuarkusTest
class PolicyEventResourceTest {

    static final String EVENT = """
            {"country":"no","date":"2020-12-07","type":"VENDOR_SELECTION","stance":"AWAY_FROM_CHINA",
             "title":"Test: operator picks a non-Chinese 5G core vendor","description":"created by a test",
             "lenses":["MARKET","NATIONAL_SECURITY"],
             "sources":[{"url":"https://example.org/news","publisher":"Example News","title":"Operator picks vendor",
                         "published":"2020-12-07"}]}
            """;

    @Test
    void createReadReplaceDelete() {
        var created = json().header("X-Atlas-User", "analyst-c").body(EVENT).post("/policy-events")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("country", equalTo("NOR"))
                .body("createdBy", equalTo("analyst-c"))
                .body("sources[0].publisher", equalTo("Example News"))
                .extract();
        int id = created.path("id");
        String etag = created.header("ETag");
        json().get("/policy-events/" + id).then().statusCode(200).header("ETag", equalTo(etag));
        json().get("/countries/NO/policy-events").then().statusCode(200).body("items.id", hasItem(id));

        json().header("If-Match", etag).body(EVENT).put("/policy-events/" + id)
                .then().statusCode(200).header("ETag", equalTo(etag));
        String changed = EVENT.replace("AWAY_FROM_CHINA", "NEUTRAL");
        problem(json().body(changed).put("/policy-events/" + id).then(), 428, "precondition-required");
        String etag2 = json().header("If-Match", etag).body(changed).put("/policy-events/" + id)
                .then().statusCode(200).body("stance", equalTo("NEUTRAL")).extract().header("ETag");
        problem(json().header("If-Match", etag).body(EVENT).put("/policy-events/" + id).then(), 412, "precondition-failed");
        problem(json().header("If-Match", etag).delete("/policy-events/" + id).then(), 412, "precondition-failed");
        json().header("If-Match", etag2).delete("/policy-events/" + id).then().statusCode(204);
        problem(json().get("/policy-events/" + id).then(), 404, "not-found");
        problem(json().get("/policy-events/abc").then(), 404, "not-found");
    }

    @Test
    void eventsNeedASourceAndAKnownCountry() {
        String noSources = EVENT.substring(0, EVENT.indexOf("\"sources\"")) + "\"sources\":[]}";
        problem(json().body(noSources).post("/policy-events").then(),
                422, "validation-failed").body("errors[0].field", equalTo("/sources"));
        problem(json().body(EVENT.replace("\"no\"", "\"QQ\"")).post("/policy-events").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/country"))
                .body("errors[0].message", containsString("QQ"));
        problem(json().body(EVENT.replace("VENDOR_SELECTION", "BRIBE")).post("/policy-events").then(), 422,
                "validation-failed").body("errors[0].field", equalTo("/type"));
        problem(json().body(EVENT.replace("2020-12-07\",\"type", "2999-12-07\",\"type")).post("/policy-events").then(), 422,
                "validation-failed").body("errors[0].field", equalTo("/date"));
    }

    @Test
    void filtersByTypeStanceCountryAndDateRange() {
        json().queryParam("stance", "AWAY_FROM_CHINA").queryParam("size", 500).get("/policy-events")
                .then().statusCode(200)
                .body("items", not(empty()))
                .body("items.stance", everyItem(equalTo("AWAY_FROM_CHINA")));
        json().queryParam("type", "VENDOR_SELECTION,VENDOR_EXCLUSION").queryParam("size", 500).get("/policy-events")
                .then().statusCode(200)
                .body("items.type", hasItem("VENDOR_SELECTION"))
                .body("items.type", everyItem(oneOf("VENDOR_SELECTION", "VENDOR_EXCLUSION")));
        json().queryParam("from", "2019-01-01").queryParam("to", "2020-12-31").queryParam("size", 500).get("/policy-events")
                .then().statusCode(200)
                .body("items", not(empty()))
                .body("items.date", everyItem(greaterThanOrEqualTo("2019-01-01")))
                .body("items.date", everyItem(lessThanOrEqualTo("2020-12-31")));
        json().queryParam("country", "SG,vnm").queryParam("size", 500).get("/policy-events")
                .then().statusCode(200)
                .body("items.country", hasItems("SGP", "VNM"))
                .body("items.country", everyItem(oneOf("SGP", "VNM")));
        json().queryParam("type", "CYBERSECURITY_LAW").get("/countries/VNM/policy-events")
                .then().statusCode(200)
                .body("items", not(empty()))
                .body("items.type", everyItem(equalTo("CYBERSECURITY_LAW")))
                .body("items.country", everyItem(equalTo("VNM")));
        json().queryParam("q", "5G").get("/countries/SGP/policy-events")
                .then().statusCode(200).body("items", not(empty()));
        json().queryParam("sort", "date").queryParam("size", 2).get("/policy-events")
                .then().statusCode(200).body("items[0].date", lessThanOrEqualTo("2020-01-01"));
    }

    @Test
    void badFiltersAre400() {
        problem(json().queryParam("from", "2021-01-01").queryParam("to", "2020-01-01").get("/policy-events").then(),
                400, "invalid-parameter").body("errors[0].field", equalTo("from"));
        problem(json().queryParam("from", "yesterday").get("/policy-events").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("from"));
        problem(json().queryParam("country", "ZZZ").get("/policy-events").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("country"));
        problem(json().queryParam("stance", "SIDEWAYS").get("/countries/SGP/policy-events").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("stance"));
        problem(json().get("/countries/XX/policy-events").then(), 404, "not-found");
        problem(json().queryParam("from", "2021-01-01").queryParam("to", "2020-01-01").get("/countries/VNM/policy-events").then(),
                400, "invalid-parameter").body("errors[0].field", equalTo("from"));
    }
}
