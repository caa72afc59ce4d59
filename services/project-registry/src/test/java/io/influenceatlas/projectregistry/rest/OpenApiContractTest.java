package io.influenceatlas.projectregistry.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.influenceatlas.projectregistry.Api.SOURCE;
import static io.influenceatlas.projectregistry.Api.project;
import static io.influenceatlas.projectregistry.Api.unique;
import static io.restassured.RestAssured.given;

/** Requests and responses checked against the service's own published OpenAPI document. */
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
        return given().filter(contract).contentType("application/json").accept("application/json, application/problem+json");
    }

    @Test
    void projectsAndOrganisations() {
        String tag = unique("contract");
        int org = api().body("{\"name\":\"" + unique("Contract Org") + "\",\"type\":\"COMPANY\",\"originCountry\":\"CHN\","
                + "\"sources\":[" + SOURCE + "]}").post("/organisations").then().statusCode(201).extract().path("id");
        api().get("/organisations/" + org).then().statusCode(200);
        api().queryParam("q", "huawei").get("/organisations").then().statusCode(200);
        api().get("/organisations/" + org + "/history").then().statusCode(200);
        int id = api().body(project("Contract project", tag, ",\"organisations\":[{\"id\":" + org + ",\"role\":\"SUPPLIER\"}],"
                        + "\"value\":{\"amount\":12.5,\"currency\":\"EUR\"},\"lockIn\":{\"layerCriticality\":\"CORE\"},"
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[36.8,-1.3]}"))
                .post("/projects").then().statusCode(201).extract().path("id");
        String etag = api().get("/projects/" + id).then().statusCode(200).extract().header("ETag");
        api().header("If-Match", etag).body(project("Contract project 2", tag, null)).put("/projects/" + id).then().statusCode(200);
        api().get("/projects/" + id + "/history").then().statusCode(200);
        api().queryParam("country", "KEN").queryParam("sort", "-firstYear").get("/projects").then().statusCode(200);
        api().queryParam("tag", tag).get("/projects/aggregates").then().statusCode(200);
        api().queryParam("tag", tag).queryParam("includeProjects", "true").queryParam("weightBy", "criticality")
                .get("/projects/aggregates").then().statusCode(200);
        api().body(project("Bad", tag, ",\"countries\":[{\"country\":\"XX\",\"role\":\"HOST\"}]")).post("/projects").then().statusCode(422);
        api().get("/projects/999999999").then().statusCode(404);
        api().header("If-Match", "\"1-1\"").delete("/projects/" + id).then().statusCode(412);
        api().get("/problems/not-found").then().statusCode(200);
    }
}
