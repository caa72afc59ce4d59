package io.influenceatlas.scoring.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.influenceatlas.scoring.Methodologies;
import io.influenceatlas.scoring.Stubs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.influenceatlas.scoring.Api.unique;
import static io.restassured.RestAssured.given;

/** Requests and responses checked against the service's own published OpenAPI document. */
@QuarkusTest
class OpenApiContractTest {

    @TestHTTPResource("/q/openapi")
    URL spec;

    OpenApiValidationFilter contract;

    @BeforeEach
    void setUp() {
        Stubs.world();
        contract = new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(spec.toString()).build());
    }

    private io.restassured.specification.RequestSpecification api() {
        return given().filter(contract).contentType("application/json").accept("application/json, application/problem+json");
    }

    @Test
    void methodologiesRunsAndCompute() {
        String key = unique("contract");
        String etag = api().body(Methodologies.small(key, null)).post("/methodologies").then().statusCode(201).extract().header("ETag");
        api().get("/methodologies/" + key + "/versions/1").then().statusCode(200);
        api().header("If-Match", etag).post("/methodologies/" + key + "/versions/1/publish").then().statusCode(200);
        api().get("/methodologies?key=" + key).then().statusCode(200);
        api().get("/methodologies/dsr-exposure").then().statusCode(200);
        api().body(Methodologies.small(key, null).replace("\"weight\":0.5,\"children\"", "\"weight\":0.7,\"children\""))
                .post("/methodologies/" + key + "/versions").then().statusCode(422);
        int run = api().body("{\"methodology\":\"" + key + "\",\"year\":2024}").post("/runs").then().statusCode(201).extract().path("id");
        api().get("/runs?methodology=" + key).then().statusCode(200);
        api().get("/runs/" + run).then().statusCode(200);
        api().get("/runs/" + run + "/ranking?region=Asia").then().statusCode(200);
        api().get("/runs/" + run + "/countries/KEN").then().statusCode(200);
        api().get("/runs/" + run + "/countries/ISL").then().statusCode(200);
        api().get("/runs/" + run + "/comparison/latest?methodology=" + key).then().statusCode(200);
        api().get("/runs/" + run + "/countries/XXX").then().statusCode(404);
        api().body("{\"framework\":{\"code\":\"c\",\"children\":[{\"indicator\":\"a\",\"weight\":1}]},"
                + "\"data\":{\"indicators\":[\"a\"],\"rows\":[{\"unit\":\"u\",\"values\":[1]},{\"unit\":\"v\",\"values\":[null]}]}}")
                .post("/compute").then().statusCode(200);
        api().body("{\"data\":{\"indicators\":[\"a\"],\"rows\":[{\"unit\":\"u\",\"values\":[\"x\"]}]}}").post("/compute").then().statusCode(422);
    }
}
