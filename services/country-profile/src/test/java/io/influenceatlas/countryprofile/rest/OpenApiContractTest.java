package io.influenceatlas.countryprofile.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.influenceatlas.countryprofile.Api.indicatorJson;
import static io.influenceatlas.countryprofile.Api.uniqueCode;
import static io.restassured.RestAssured.given;

/**
 * Requests and responses checked against the service's own published OpenAPI document, so that
 * clients generated from it (and the gateway) can rely on it: success and problem responses alike.
 */
@QuarkusTest
class OpenApiContractTest {

    @TestHTTPResource("/q/openapi")
    URL spec;

    OpenApiValidationFilter contract;

    @BeforeEach
    void setUp() {
        contract = new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(spec.toString()).build());
    }

    private io.restassured.specification.RequestSpecification api() {
        // A client that reads errors accepts problem+json too, as the spec declares for every error.
        return given().filter(contract).contentType("application/json").accept("application/json, application/problem+json");
    }

    @Test
    void countriesAndProfiles() {
        api().queryParam("region", "Asia").queryParam("size", 5).get("/countries").then().statusCode(200);
        api().get("/countries/MMR").then().statusCode(200);
        String etag = api().get("/countries/SVN/profile").then().statusCode(200).extract().header("ETag");
        // Members without a value are omitted, as the service itself writes them.
        api().header("If-Match", etag).body(ProfileResourceTest.FULL_PROFILE.replace("\"dsrMouDate\":null,", ""))
                .put("/countries/SVN/profile").then().statusCode(200);
        api().get("/countries/SVN/profile/history").then().statusCode(200);
        api().get("/countries/KEN/latest-values").then().statusCode(200);
        api().get("/countries/VNM/indicators/internet_users_pct/series").then().statusCode(200);
        api().get("/countries/VNM/policy-events").then().statusCode(200);
        api().get("/countries/XX").then().statusCode(404);
    }

    @Test
    void indicatorsObservationsAndEvents() {
        String code = uniqueCode("contract");
        api().body(indicatorJson(code)).post("/indicators").then().statusCode(201);
        api().get("/indicators/" + code).then().statusCode(200);
        api().queryParam("lens", "MARKET").get("/indicators").then().statusCode(200);
        api().body("[{\"country\":\"KEN\",\"indicator\":\"" + code + "\",\"year\":2022,\"value\":3.5,"
                + "\"source\":{\"publisher\":\"P\",\"title\":\"T\"}}]").post("/observations/bulk").then().statusCode(200);
        api().body("[{\"country\":\"XX\",\"indicator\":\"" + code + "\",\"year\":2022,\"value\":3.5,"
                + "\"source\":{\"publisher\":\"P\",\"title\":\"T\"}}]").post("/observations/bulk").then().statusCode(422);
        api().body("{\"value\":1,\"source\":{\"publisher\":\"P\",\"title\":\"T\"}}")
                .put("/observations/UGA/" + code + "/2020").then().statusCode(201);
        api().get("/observations/UGA/" + code + "/2020").then().statusCode(200);
        api().queryParam("year", 2022).get("/indicators/" + code + "/cross-section").then().statusCode(200);
        api().queryParam("indicator", code).get("/observations").then().statusCode(200);
        api().queryParam("stance", "AWAY_FROM_CHINA").get("/policy-events").then().statusCode(200);
        api().body(PolicyEventResourceTest.EVENT).post("/policy-events").then().statusCode(201);
        api().get("/policy-events/999999999").then().statusCode(404);
        api().get("/problems/conflict").then().statusCode(200);
    }
}
