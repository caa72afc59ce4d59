package io.influenceatlas.scoring.rest;

import io.influenceatlas.scoring.Methodologies;
import io.influenceatlas.scoring.Stubs;
import io.influenceatlas.scoring.WireMockSources;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.influenceatlas.scoring.Api.json;
import static io.influenceatlas.scoring.Api.problem;
import static io.influenceatlas.scoring.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class MethodologyResourceTest {

    @BeforeEach
    void world() {
        Stubs.world();
    }

    @Test
    void theDefaultMethodologyIsInstalledAndPublished() {
        json().get("/methodologies/dsr-exposure").then().statusCode(200)
                .body("version", equalTo(1)).body("status", equalTo("PUBLISHED"))
                .body("name", equalTo("DSR exposure"))
                .body("indicators", hasSize(20))
                .body("framework.children.code", hasItem("counterweights"))
                .body("lenses.code", hasItem("three-factors")).body("lenses.code", hasItem("four-modalities"))
                .body("definitionHash.length()", equalTo(64));
        json().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("default-methodology"));
    }

    @Test
    void draftsAreEditedThenPublishedAndPublishedVersionsNeverChange() {
        String key = unique("m");
        String etag = json().body(Methodologies.small(key, null)).post("/methodologies").then().statusCode(201)
                .header("Location", containsString("/methodologies/" + key + "/versions/1"))
                .body("status", equalTo("DRAFT")).body("version", equalTo(1)).body("createdBy", equalTo("anonymous"))
                .extract().header("ETag");
        problem(json().body(Methodologies.small(key, null)).post("/methodologies").then(), 409, "conflict");

        // Replace the draft: If-Match required and checked.
        String renamed = Methodologies.small(key, null).replace("Small test methodology", "Renamed");
        problem(json().body(renamed).put("/methodologies/" + key + "/versions/1").then(), 428, "precondition-required");
        problem(json().header("If-Match", "\"0-1\"").body(renamed).put("/methodologies/" + key + "/versions/1").then(),
                412, "precondition-failed");
        etag = json().header("If-Match", etag).header("X-Atlas-User", "analyst@example.org").body(renamed)
                .put("/methodologies/" + key + "/versions/1").then().statusCode(200)
                .body("name", equalTo("Renamed")).body("updatedBy", equalTo("analyst@example.org")).extract().header("ETag");

        etag = json().header("If-Match", etag).post("/methodologies/" + key + "/versions/1/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue()).extract().header("ETag");
        problem(json().header("If-Match", etag).body(renamed).put("/methodologies/" + key + "/versions/1").then(), 409, "conflict")
                .body("detail", containsString("/versions"));
        problem(json().header("If-Match", etag).delete("/methodologies/" + key + "/versions/1").then(), 409, "conflict");
        problem(json().header("If-Match", etag).post("/methodologies/" + key + "/versions/1/publish").then(), 409, "conflict");

        // Editing a published methodology = a new version.
        String v2 = json().body(renamed.replace("\"minCoverage\":0.75", "\"minCoverage\":0.5"))
                .post("/methodologies/" + key + "/versions").then().statusCode(201)
                .body("version", equalTo(2)).body("status", equalTo("DRAFT")).body("minCoverage", equalTo(0.5))
                .extract().header("ETag");
        json().get("/methodologies/" + key + "/versions/1").then().statusCode(200).body("minCoverage", equalTo(0.75));
        json().get("/methodologies/" + key).then().body("version", equalTo(2));
        json().get("/methodologies?key=" + key).then().statusCode(200).body("total", equalTo(2))
                .body("items.version", hasItem(1)).body("items[0].indicators", equalTo(4));
        json().get("/methodologies?key=" + key + "&status=DRAFT").then().body("total", equalTo(1));
        problem(json().body(Methodologies.small("other-key", null)).post("/methodologies/" + key + "/versions").then(),
                422, "validation-failed").body("errors[0].field", equalTo("/key"));

        // A draft may be run (the run says so) and then cannot be deleted.
        json().body("{\"methodology\":\"" + key + "\",\"version\":2,\"year\":2024}").post("/runs").then().statusCode(201)
                .body("methodologyStatus", equalTo("DRAFT"));
        problem(json().header("If-Match", v2).delete("/methodologies/" + key + "/versions/2").then(), 409, "conflict");
        String v3 = json().body(renamed).post("/methodologies/" + key + "/versions").then().statusCode(201).extract().header("ETag");
        json().header("If-Match", v3).delete("/methodologies/" + key + "/versions/3").then().statusCode(204);
        problem(json().get("/methodologies/" + key + "/versions/3").then(), 404, "not-found");
        problem(json().get("/methodologies/" + key + "/versions/x").then(), 404, "not-found");
        problem(json().get("/methodologies/NO_SUCH").then(), 404, "not-found");
        // Without a version, a run takes the latest published one.
        json().body("{\"methodology\":\"" + key + "\",\"year\":2024}").post("/runs").then().statusCode(201)
                .body("methodologyVersion", equalTo(1)).body("methodologyStatus", equalTo("PUBLISHED"));
    }

    @Test
    void structuralProblemsAreNamedByPointer() {
        String key = unique("bad");
        String body = Methodologies.small(key, null)
                .replace("\"weight\":0.5,\"children\":[{\"indicator\":\"registry_projects\",\"weight\":1}]",
                        "\"weight\":0.6,\"children\":[{\"indicator\":\"registry_projects\",\"weight\":-1}]")
                .replace("{\"indicator\":\"alignment\",\"weight\":0.25}", "{\"indicator\":\"alignmnt\",\"weight\":0.25}")
                .replace("\"code\":\"flat\"", "\"code\":\"main\"")
                .replace("\"upper\":100}", "\"upper\":0}")
                .replace("\"windowYears\":5", "\"windowYears\":5,\"indicator\":\"x\"")
                .replace("\"PARTNER\":2,", "");
        problem(json().body(body).post("/methodologies").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/framework/children/0/children/0/weight"))
                .body("errors.message", hasItem(containsString("sum to 1.1")))
                .body("errors.field", hasItem("/framework/children/1/children/2/indicator"))
                .body("errors.message", hasItem("unknown indicator 'alignmnt'"))
                .body("errors.message", hasItem("indicator 'alignment' is not used in the framework"))
                .body("errors.field", hasItem("/lenses/0/code"))
                .body("errors.field", hasItem("/indicators/1/normalisation/upper"))
                .body("errors.field", hasItem("/indicators/2/source/indicator"))
                .body("errors.message", hasItem("has no score for PARTNER"));
        problem(json().get("/methodologies/" + key).then(), 404, "not-found");
    }

    @Test
    void repeatedCodesWhichWouldBeCyclesAreRefused() {
        String key = unique("cycle");
        String body = Methodologies.small(key, null).replace("\"code\":\"profile\"", "\"code\":\"composite\"")
                .replace("{\"indicator\":\"net_events\",\"weight\":0.25}", "{\"indicator\":\"test_index\",\"weight\":0.25}");
        problem(json().body(body).post("/methodologies").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/framework/children/1/code"))
                .body("errors.message", hasItem(containsString("no node is reached twice")))
                .body("errors.message", hasItem("indicator 'test_index' is used twice in this tree"));
    }

    @Test
    void aFrameworkThatCouldNeverRunIsRefused() {
        // z-scores can be negative: not under a geometric mean. An origin country-profile does not know.
        String body = Methodologies.small(unique("never"), null)
                .replace("\"code\":\"profile\",\"name\":\"Profile\",", "\"code\":\"profile\",\"name\":\"Profile\",\"aggregation\":\"GEOMETRIC\",")
                .replace("{\"code\":\"net_events\",\"name\":\"Net policy stance\",", "{\"code\":\"net_events\",\"name\":\"Net policy stance\",\"normalisation\":{\"kind\":\"Z_SCORE\"},");
        problem(json().body(body).post("/methodologies").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/framework/children/1/children/1/indicator"))
                .body("errors[0].message", containsString("Z_SCORE"));
        problem(json().body(Methodologies.small(unique("origin"), null).replace("\"organisationOrigin\":\"CHN\"",
                "\"organisationOrigin\":\"ZZZ\"")).post("/methodologies").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/indicators/0/source/organisationOrigin"));
    }

    @Test
    void indicatorCodesAreCheckedAgainstCountryProfilesCatalogue() {
        String key = unique("cat");
        String body = Methodologies.small(key, null).replace("\"indicator\":\"test_index\",\"maxAge\":2", "\"indicator\":\"no_such_indicator\"");
        problem(json().body(body).post("/methodologies").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/indicators/1/source/indicator"))
                .body("errors[0].message", containsString("catalogue"));
        Stubs.down(WireMockSources.countryProfile);
        problem(json().body(Methodologies.small(key, null)).post("/methodologies").then(), 503, "service-unavailable");
        Stubs.world();
        json().body(Methodologies.small(key, null)).post("/methodologies").then().statusCode(201);
    }

    @Test
    void malformedAndMistypedBodiesAreRefused() {
        problem(json().body("{\"key\":").post("/methodologies").then(), 400, "malformed-request");
        problem(json().body(Methodologies.small(unique("t"), null)
                .replace("\"kind\":\"GOALPOSTS\",\"lower\":0,\"upper\":100", "\"kind\":\"SIGMOID\"")).post("/methodologies").then(),
                422, "validation-failed").body("errors[0].field", equalTo("/indicators/1/normalisation/kind"));
        problem(json().body(Methodologies.small("Bad Key!", null)).post("/methodologies").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/key"));
        problem(json().body(Methodologies.small(unique("t"), ",\"unknown\":1")).post("/methodologies").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/unknown"));
        problem(json().body("").post("/methodologies").then(), 422, "validation-failed");
        json().get("/methodologies?sort=bogus").then().statusCode(400);
        json().get("/methodologies?status=ARCHIVED").then().statusCode(400).body("errors[0].field", not(equalTo("")));
    }
}
