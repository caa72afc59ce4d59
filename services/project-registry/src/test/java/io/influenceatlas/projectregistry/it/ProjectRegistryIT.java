package io.influenceatlas.projectregistry.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import static io.influenceatlas.projectregistry.Api.json;
import static io.influenceatlas.projectregistry.Api.problem;
import static io.influenceatlas.projectregistry.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The packaged application (prod profile) against the embedded PostgreSQL. */
@QuarkusIntegrationTest
class ProjectRegistryIT {

    @Test
    void startsMigratedAndReady() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void noSampleDataInProductionByDefault() {
        json().get("/projects?sample=true").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void importsAreAllOrNothing() {
        String tag = unique("it");
        String header = "external_id,title,category,state,countries,status_history,tags\n";
        problem(given().contentType("text/csv; charset=UTF-8").body(header + tag + "-1,Fine,DATA_CENTRE,DRAFT,KEN:HOST,AGREED:2020," + tag
                + "\n" + tag + "-2,Bad,DATA_CENTRE,DRAFT,XX:HOST,AGREED:2020," + tag + "\n").post("/projects/import").then(),
                422, "validation-failed").body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("countries"));
        json().get("/projects?tag=" + tag).then().body("total", equalTo(0));
        given().contentType("text/csv; charset=UTF-8").body(header + tag + "-1,Fine,DATA_CENTRE,DRAFT,KEN:HOST,AGREED:2020," + tag + "\n")
                .post("/projects/import").then().statusCode(200).body("created", equalTo(1));
    }
}
