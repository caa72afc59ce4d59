package io.influenceatlas.scoring.rest;

import io.influenceatlas.scoring.Methodologies;
import io.influenceatlas.scoring.Stubs;
import io.influenceatlas.scoring.WireMockSources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.influenceatlas.scoring.Api.json;
import static io.influenceatlas.scoring.Api.problem;
import static io.influenceatlas.scoring.Api.unique;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Runs against WireMock stand-ins for both sources. Expected values, worked by hand for 2024 over the
 * scored countries KEN, PAK, VNM (ISL has 2 of 4 indicators, below the 0.75 coverage):
 * registry_projects raw 2.5, 0, 0.5 → min-max 100, 0, 20; test_index 40, 20, 60 → goalposts 40, 20, 60;
 * net_events +1, 0, −2 → min-max 100, 66.67, 0; alignment 3, 3, 1 negated on goalposts 0–4 → 25, 25, 75.
 * profile = ½·ti + ¼·ne + ¼·al → 51.25, 32.9167, 48.75; composite = ½·infra + ½·profile → 75.625, 16.4583, 34.375.
 */
@QuarkusTest
class RunResourceTest {

    static final double EPS = 1e-9;

    @BeforeEach
    void world() {
        Stubs.world();
    }

    private static JsonPath run(String key, String extra) {
        return json().body("{\"methodology\":\"" + key + "\",\"year\":2024" + (extra == null ? "" : extra) + "}")
                .post("/runs").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void runComputesTheHandWorkedScoresAndStoresEveryFramework() {
        String key = Methodologies.publishedSmall();
        JsonPath r = run(key, null);
        long id = r.getLong("id");
        assertEquals(List.of("main", "flat"), r.getList("frameworks"));
        assertEquals(4, r.getInt("countriesTotal"));
        assertEquals(3, r.getInt("countriesScored"));
        assertEquals(1, r.getInt("methodologyVersion"));
        assertEquals(64, r.getString("inputsHash").length());

        json().get("/runs/" + id + "/ranking").then().statusCode(200)
                .body("run.id", equalTo((int) id))
                .body("run.inputsTakenAt", notNullValue())
                .body("framework", equalTo("main"))
                .body("ranking.items.country", contains("KEN", "VNM", "PAK", "ISL"))
                .body("ranking.items.rank", contains(1, 2, 3, null))
                .body("ranking.items[0].composite", closeTo(75.625, EPS))
                .body("ranking.items[1].composite", closeTo(34.375, EPS))
                .body("ranking.items[2].composite", closeTo(16.458333333333332, 1e-9))
                .body("ranking.items[0].groups.infra", closeTo(100.0, EPS))
                .body("ranking.items[0].groups.profile", closeTo(51.25, EPS))
                .body("ranking.items[3].scored", equalTo(false))
                .body("ranking.items[3].reason", containsString("coverage"))
                .body("ranking.items[3].coverage", closeTo(0.5, EPS));

        // The lens: equal quarters → KEN (100+40+100+25)/4, VNM (20+60+0+75)/4, PAK (0+20+66.67+25)/4.
        json().get("/runs/" + id + "/ranking?framework=flat").then().statusCode(200)
                .body("framework", equalTo("flat"))
                .body("ranking.items.country", contains("KEN", "VNM", "PAK", "ISL"))
                .body("ranking.items[0].composite", closeTo(66.25, EPS))
                .body("ranking.items[1].composite", closeTo(38.75, EPS))
                .body("ranking.items[2].composite", closeTo(27.916666666666668, 1e-9));

        // Filter by region (name or M49 code, region or sub-region), only scored, paging.
        json().get("/runs/" + id + "/ranking?region=asia").then().statusCode(200)
                .body("ranking.items.country", contains("VNM", "PAK")).body("ranking.total", equalTo(2));
        json().get("/runs/" + id + "/ranking?region=202").then().body("ranking.items.country", contains("KEN"));
        json().get("/runs/" + id + "/ranking?scored=false").then().body("ranking.items.country", contains("ISL"));
        json().get("/runs/" + id + "/ranking?size=2&page=2").then().body("ranking.items.country", contains("PAK", "ISL"))
                .body("ranking.totalPages", equalTo(2));
        json().get("/runs/latest/ranking?methodology=" + key + "&year=2024&size=1").then().statusCode(200)
                .body("run.id", equalTo((int) id)).body("ranking.items.country", contains("KEN"));
    }

    @Test
    void countryExplanationGoesDownToProjectsEventsAndSources() {
        String key = Methodologies.publishedSmall();
        long id = run(key, null).getLong("id");
        JsonPath ken = json().get("/runs/" + id + "/countries/KEN").then().statusCode(200)
                .body("country", equalTo("KEN")).body("name", equalTo("Kenya")).body("region", equalTo("Africa"))
                .body("rank", equalTo(1)).body("rankedOf", equalTo(3))
                .body("composite", closeTo(75.625, EPS))
                .body("tree.code", equalTo("composite"))
                .body("tree.score", closeTo(75.625, EPS))
                .body("tree.contribution", closeTo(75.625, EPS))
                .body("tree.groups.code", contains("infra", "profile"))
                .body("tree.groups[0].contribution", closeTo(50.0, EPS))
                .body("tree.groups[1].score", closeTo(51.25, EPS))
                .body("tree.groups[1].contribution", closeTo(25.625, EPS))
                .body("tree.groups[1].indicators", contains("test_index", "net_events", "alignment"))
                .extract().jsonPath();
        Map<String, Object> registry = ken.getMap("indicators.find { it.code == 'registry_projects' }");
        assertEquals(2.5, ((Number) registry.get("raw")).doubleValue(), EPS);
        assertEquals(100.0, ((Number) registry.get("normalised")).doubleValue(), EPS);
        assertEquals(50.0, ((Number) registry.get("contribution")).doubleValue(), EPS);
        assertEquals(List.of("composite", "infra"), registry.get("path"));
        json().get("/runs/" + id + "/countries/KEN").then()
                .body("indicators.find { it.code == 'registry_projects' }.evidence.projects.id", contains(11, 12))
                .body("indicators.find { it.code == 'registry_projects' }.evidence.projects[0].title", equalTo("Mombasa landing station"))
                .body("indicators.find { it.code == 'registry_projects' }.evidence.projects[0].sources[0].url", equalTo("https://example.org/cable"))
                .body("indicators.find { it.code == 'registry_projects' }.source", containsString("project-registry"))
                .body("indicators.find { it.code == 'test_index' }.evidence.observationYear", equalTo(2024))
                .body("indicators.find { it.code == 'test_index' }.evidence.source.publisher", equalTo("Example Institute"))
                .body("indicators.find { it.code == 'net_events' }.evidence.events.id", contains(5))
                .body("indicators.find { it.code == 'net_events' }.raw", closeTo(1.0, EPS))
                .body("indicators.find { it.code == 'alignment' }.evidence.attributeValue", equalTo("MAJOR_NON_NATO_ALLY"))
                .body("indicators.find { it.code == 'alignment' }.normalised", closeTo(25.0, EPS))
                .body("indicators.contribution.sum()", closeTo(75.625, 1e-9));
        // Viet Nam's value is carried forward from 2023.
        json().get("/runs/" + id + "/countries/vnm").then().statusCode(200)
                .body("indicators.find { it.code == 'test_index' }.evidence.observationYear", equalTo(2023))
                .body("indicators.find { it.code == 'net_events' }.evidence.events.id", contains(6, 7));
        // The ids are asked of project-registry in one call, published projects only.
        WireMockSources.projectRegistry.verify(getRequestedFor(urlPathEqualTo("/projects"))
                .withQueryParam("id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("11,12"))
                .withQueryParam("state", com.github.tomakehurst.wiremock.client.WireMock.equalTo("PUBLISHED")));
        // A lens explains with its own tree; an unscored country says why.
        json().get("/runs/" + id + "/countries/KEN?framework=flat").then().statusCode(200)
                .body("tree.code", equalTo("all")).body("composite", closeTo(66.25, EPS));
        json().get("/runs/" + id + "/countries/ISL").then().statusCode(200)
                .body("scored", equalTo(false)).body("composite", nullValue()).body("rank", nullValue())
                .body("reason", equalTo("data coverage 50% is below the minimum 75%"));
        problem(json().get("/runs/" + id + "/countries/FRA").then(), 404, "not-found");
        problem(json().get("/runs/" + id + "/countries/KEN?framework=nope").then(), 400, "invalid-parameter");
    }

    @Test
    void explanationStillAnswersWhenTheRegistryIsDown() {
        String key = Methodologies.publishedSmall();
        long id = run(key, null).getLong("id");
        Stubs.down(WireMockSources.projectRegistry);
        json().get("/runs/" + id + "/countries/KEN").then().statusCode(200)
                .body("composite", closeTo(75.625, EPS))
                .body("indicators.find { it.code == 'registry_projects' }.evidence.projects.id", contains(11, 12))
                .body("indicators.find { it.code == 'registry_projects' }.evidence.projectsNote", containsString("could not be read"));
    }

    @Test
    void aRerunOnUnchangedDataIsRecognisablyIdenticalAndAChangeShowsInTheComparison() {
        String key = Methodologies.publishedSmall();
        JsonPath first = run(key, null);
        JsonPath second = run(key, null);
        assertEquals(first.getString("inputsHash"), second.getString("inputsHash"));
        assertEquals(first.getLong("id"), second.getLong("sameInputsAs"));
        org.junit.jupiter.api.Assertions.assertNull(first.get("sameInputsAs"));
        String a = json().get("/runs/" + first.getLong("id") + "/ranking").then().extract().body().jsonPath().getString("ranking.items");
        String b = json().get("/runs/" + second.getLong("id") + "/ranking").then().extract().body().jsonPath().getString("ranking.items");
        assertEquals(a, b);

        // Pakistan gets projects weighing as much as Kenya's: min-max over 2.5, 2.5, 0.5 gives infra 100, 100, 0,
        // so PAK 50 + ½·32.92 = 66.46 (+50), KEN unchanged, VNM ½·48.75 = 24.375 (−10).
        WireMockSources.projectRegistry.stubFor(get(urlPathEqualTo("/projects/aggregates")).willReturn(okJson(
                Stubs.AGGREGATES.replace("\"rows\":[", "\"rows\":[{\"country\":\"PAK\",\"projects\":1,\"valuedProjects\":0,"
                        + "\"valueUsd\":0,\"criticalityWeighted\":1,\"lockInWeighted\":2.5,\"lockInWeightedValueUsd\":0,\"projectIds\":[14]},"))));
        JsonPath third = run(key, null);
        assertNotEquals(first.getString("inputsHash"), third.getString("inputsHash"));
        org.junit.jupiter.api.Assertions.assertNull(third.get("sameInputsAs"));
        json().get("/runs/" + first.getLong("id") + "/comparison/" + third.getLong("id")).then().statusCode(200)
                .body("from.id", equalTo(first.getInt("id"))).body("to.id", equalTo(third.getInt("id")))
                .body("countries.items.country", contains("PAK", "KEN", "VNM", "ISL"))
                .body("countries.items[0].delta", closeTo(50.0, EPS))
                .body("countries.items[0].rankFrom", equalTo(3)).body("countries.items[0].rankTo", equalTo(2))
                .body("countries.items[0].rankChange", equalTo(1))
                .body("countries.items[1].delta", closeTo(0.0, EPS))
                .body("countries.items[2].delta", closeTo(-10.0, EPS))
                .body("countries.items[2].rankChange", equalTo(-1))
                .body("countries.items[3].delta", nullValue());
        json().get("/runs/" + first.getLong("id") + "/comparison/latest?methodology=" + key + "&region=Asia&sort=country").then()
                .statusCode(200).body("to.id", equalTo(third.getInt("id")))
                .body("countries.items.country", contains("PAK", "VNM")).body("countries.total", equalTo(2));
        problem(json().get("/runs/" + first.getLong("id") + "/comparison/" + third.getLong("id") + "?sort=bogus").then(),
                400, "invalid-parameter");
    }

    @Test
    void aSourceDownFailsTheRunCleanlyAndTheLastRunIsStillServed() {
        String key = Methodologies.publishedSmall();
        long id = run(key, null).getLong("id");
        int runsBefore = json().get("/runs?methodology=" + key).then().extract().path("total");

        Stubs.down(WireMockSources.projectRegistry);
        problem(json().body("{\"methodology\":\"" + key + "\",\"year\":2024}").post("/runs").then(), 503, "service-unavailable")
                .body("detail", containsString("project-registry"));
        Stubs.world();
        Stubs.down(WireMockSources.countryProfile);
        problem(json().body("{\"methodology\":\"" + key + "\",\"year\":2024}").post("/runs").then(), 503, "service-unavailable")
                .body("detail", containsString("country-profile"));

        json().get("/runs?methodology=" + key).then().body("total", equalTo(runsBefore));
        json().get("/runs/latest?methodology=" + key).then().statusCode(200)
                .body("id", equalTo((int) id)).body("inputsTakenAt", notNullValue());
        json().get("/runs/latest/ranking?methodology=" + key).then().statusCode(200)
                .body("run.id", equalTo((int) id)).body("ranking.items[0].country", equalTo("KEN"));
    }

    @Test
    void aSubsetIsScoredOnItsOwnCrossSection() {
        String key = Methodologies.publishedSmall();
        long all = run(key, null).getLong("id");
        JsonPath r = run(key, ",\"countries\":[\"KE\",\"VNM\"]");
        // "latest" is the public ranking: a subset's run does not replace it.
        json().get("/runs/latest?methodology=" + key).then().body("id", equalTo((int) all));
        assertEquals(List.of("KEN", "VNM"), r.getList("countries"));
        assertEquals(2, r.getInt("countriesTotal"));
        // Over KEN and VNM only: registry 100, 0; net events 100, 0 → KEN 50 + ½(20 + 25 + 6.25), VNM 0 + ½(30 + 0 + 18.75).
        json().get("/runs/" + r.getLong("id") + "/ranking").then()
                .body("ranking.items.country", contains("KEN", "VNM"))
                .body("ranking.items[0].composite", closeTo(75.625, EPS))
                .body("ranking.items[1].composite", closeTo(24.375, EPS));
    }

    @Test
    void badRunRequestsAreRefusedWithTheirFields() {
        String key = Methodologies.publishedSmall();
        problem(json().body("{\"year\":1800,\"countries\":[\"K1\"]}").post("/runs").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/methodology")).body("errors.field", hasItem("/year"))
                .body("errors.field", hasItem("/countries/0"));
        problem(json().body("{\"methodology\":\"" + key + "\",\"year\":2024,\"countries\":[\"KEN\",\"XYZ\"]}")
                .post("/runs").then(), 422, "validation-failed").body("errors[0].field", equalTo("/countries/1"));
        problem(json().body("{\"methodology\":\"no-such-methodology\",\"year\":2024}").post("/runs").then(), 404, "not-found");
        problem(json().body("{\"methodology\":\"" + key + "\",\"version\":9,\"year\":2024}").post("/runs").then(), 404, "not-found");
        problem(json().body("{\"methodology\":\"" + key + "\",\"year\":2024,\"extra\":1}").post("/runs").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/extra"));
        problem(json().body("{\"methodology\":").post("/runs").then(), 400, "malformed-request");
        problem(json().get("/runs/abc").then(), 404, "not-found");
        problem(json().get("/runs/latest?methodology=never-run").then(), 404, "not-found");
        problem(json().get("/runs/latest/ranking?methodology=" + key + "&year=1700").then(), 400, "invalid-parameter");
    }

    @Test
    void aSourceRefusingAccessIsUnavailableNotTheCallersFault() {
        String key = Methodologies.publishedSmall();
        WireMockSources.countryProfile.stubFor(get(urlPathEqualTo("/countries")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(401)));
        problem(json().body("{\"methodology\":\"" + key + "\",\"year\":2024}").post("/runs").then(), 503, "service-unavailable")
                .body("detail", containsString("country-profile"));
        Stubs.world();
        WireMockSources.projectRegistry.stubFor(get(urlPathEqualTo("/projects/aggregates")).willReturn(okJson("{\"rows\":null}")));
        problem(json().body("{\"methodology\":\"" + key + "\",\"year\":2024}").post("/runs").then(), 503, "service-unavailable")
                .body("detail", containsString("project-registry"));
    }

    @Test
    void anIndicatorUnknownToCountryProfileFailsTheRunWithItsPointer() {
        String key = Methodologies.publishedSmall();
        // The catalogue loses the indicator after the methodology was published.
        WireMockSources.countryProfile.stubFor(get(urlPathEqualTo("/indicators/test_index/cross-section")).atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)));
        problem(json().body("{\"methodology\":\"" + key + "\",\"year\":2024}").post("/runs").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/indicators/1/source/indicator"));
    }

    @Test
    void valuesATransformationCannotTakeFailTheRunAtTheIndicator() {
        // log10 of Kenya's +1 is fine, of Pakistan's 0 and Viet Nam's −2 it is not.
        String key = unique("log");
        String etag = json().body(Methodologies.small(key, null).replace("{\"code\":\"net_events\",\"name\":\"Net policy stance\",",
                "{\"code\":\"net_events\",\"name\":\"Net policy stance\",\"transformation\":\"LOG10\","))
                .post("/methodologies").then().statusCode(201).extract().header("ETag");
        json().header("If-Match", etag).post("/methodologies/" + key + "/versions/1/publish").then().statusCode(200);
        problem(json().body("{\"methodology\":\"" + key + "\",\"year\":2024}").post("/runs").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/indicators/2"))
                .body("errors.message", hasItem(containsString("indicator net_events")));
        json().get("/runs?methodology=" + key).then().body("total", equalTo(0));
    }

    @Test
    void theDefaultMethodologyRuns() {
        Stubs.generic();
        JsonPath r = run("dsr-exposure", null);
        assertEquals(List.of("main", "three-factors", "four-modalities"), r.getList("frameworks"));
        assertEquals(3, r.getInt("countriesScored"));
        json().get("/runs/" + r.getLong("id") + "/ranking?framework=four-modalities").then().statusCode(200)
                .body("ranking.items[0].groups.keySet()", contains("law", "norms", "market", "code"));
        json().get("/runs/" + r.getLong("id") + "/ranking").then().statusCode(200)
                .body("ranking.items[0].groups.keySet()", contains("infrastructure_lock_in", "platform_financial_integration",
                        "standards_rule_setting", "governance_model_diffusion", "economic_dependence", "counterweights"));
    }
}
