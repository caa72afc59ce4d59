package io.influenceatlas.scoring.it;

import io.influenceatlas.scoring.Methodologies;
import io.influenceatlas.scoring.Stubs;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import static io.influenceatlas.scoring.Api.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The packaged application (prod profile) against the embedded PostgreSQL and the WireMock sources. */
@QuarkusIntegrationTest
class InfluenceScoringIT {

    @Test
    void startsMigratedReadyWithTheDefaultMethodology() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("default-methodology"));
        json().get("/methodologies/dsr-exposure/versions/1").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void noFirstRunInProductionByDefault() {
        json().get("/runs?methodology=dsr-exposure").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void runsAgainstTheSourcesAndExplains() {
        Stubs.world();
        String key = Methodologies.publishedSmall();
        int id = json().body("{\"methodology\":\"" + key + "\",\"year\":2024}").post("/runs").then().statusCode(201)
                .body("countriesScored", equalTo(3)).extract().path("id");
        json().get("/runs/" + id + "/ranking?size=1").then().statusCode(200).body("ranking.items[0].country", equalTo("KEN"));
        json().get("/runs/" + id + "/countries/KEN").then().statusCode(200)
                .body("indicators.find { it.code == 'registry_projects' }.evidence.projects[1].title", equalTo("Konza data centre"));
    }
}
