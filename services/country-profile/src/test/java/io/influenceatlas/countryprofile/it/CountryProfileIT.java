package io.influenceatlas.countryprofile.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import static io.influenceatlas.countryprofile.Api.createIndicator;
import static io.influenceatlas.countryprofile.Api.json;
import static io.influenceatlas.countryprofile.Api.problem;
import static io.influenceatlas.countryprofile.Api.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged application (target/quarkus-app, prod profile) against the embedded PostgreSQL:
 * migrations run at start, the API and its conventions work outside the test harness.
 */
@QuarkusIntegrationTest
class CountryProfileIT {

    @Test
    void startsMigratedAndReady() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        json().get("/countries").then().statusCode(200).body("total", equalTo(249));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void noSampleDataInProductionByDefault() {
        json().get("/indicators").then().statusCode(200).body("items.findAll { it.sample }.size()", equalTo(0));
    }

    @Test
    void writesAreValidatedAndAllOrNothing() {
        String code = uniqueCode("it");
        createIndicator(code);
        String header = "country,indicator,year,value,source_publisher,source_title\n";
        problem(given().contentType("text/csv").body(header + "KEN," + code + ",2020,1,P,T\nXX," + code + ",2020,1,P,T\n")
                .post("/observations/bulk").then(), 422, "validation-failed");
        json().queryParam("indicator", code).get("/observations").then().body("total", equalTo(0));
        given().contentType("text/csv").body(header + "KEN," + code + ",2020,1,P,T\n")
                .post("/observations/bulk").then().statusCode(200).body("created", equalTo(1));
    }
}
