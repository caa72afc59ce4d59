package io.influenceatlas.projectregistry.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.influenceatlas.projectregistry.Api.createProject;
import static io.influenceatlas.projectregistry.Api.json;
import static io.influenceatlas.projectregistry.Api.organisation;
import static io.influenceatlas.projectregistry.Api.problem;
import static io.influenceatlas.projectregistry.Api.project;
import static io.influenceatlas.projectregistry.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ProjectResourceTest {

    @Test
    void createsAndReadsAProject() {
        String tag = unique("t");
        long org = organisation(unique("Org"), "CHN");
        long id = createProject(project("Nairobi backbone", tag, """
                ,"externalId":"%s","value":{"amount":1000000,"currency":"USD"},
                 "lockIn":{"layerCriticality":"BACKBONE","switchingCost":"HIGH","standard":"OPEN","supplierRole":"MAINTAINS","dataAccess":"LIMITED"},
                 "organisations":[{"id":%d,"role":"SUPPLIER"}],"startedOn":"2018-06","completedOn":"2020-01-15",
                 "geometry":{"type":"Point","coordinates":[36.82,-1.29]}""".formatted(tag, org)));
        json().get("/projects/" + id).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("title", equalTo("Nairobi backbone"))
                .body("status", equalTo("OPERATIONAL"))
                .body("countries[0].country", equalTo("KEN"))
                .body("countries[0].name", equalTo("Kenya"))
                .body("organisations[0].id", equalTo((int) org))
                .body("organisations[0].originCountry", equalTo("CHN"))
                .body("value.usd", equalTo(1000000))
                .body("firstYear", equalTo(2018))
                .body("geometry.type", equalTo("Point"))
                .body("lockIn.supplierRole", equalTo("MAINTAINS"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String tag = unique("t");
        problem(json().body(project("Bad", tag, """
                ,"countries":[{"country":"XX","role":"HOST"}],"completedOn":"2017","startedOn":"2019-02",
                 "value":{"amount":-5,"currency":"ABC"},"organisations":[{"id":999999999,"role":"SUPPLIER"}],
                 "geometry":{"type":"Point","coordinates":[200,10]}""")).post("/projects").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/value/amount"));
        problem(json().body(project("Bad", tag, """
                ,"countries":[{"country":"XX","role":"HOST"}],"completedOn":"2017","startedOn":"2019-02",
                 "value":{"amount":5,"currency":"ABC"},"organisations":[{"id":999999999,"role":"SUPPLIER"}],
                 "geometry":{"type":"Point","coordinates":[200,10]}""")).post("/projects").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/countries/0/country"))
                .body("errors.field", hasItem("/completedOn"))
                .body("errors.field", hasItem("/value/currency"))
                .body("errors.field", hasItem("/organisations/0/id"))
                .body("errors.field", hasItem("/geometry/coordinates/0"));
        problem(json().body(project("Bad", tag, ",\"category\":\"ROADS\"")).post("/projects").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/category"));
        problem(json().body(project("No sources", tag, ",\"sources\":[]")).post("/projects").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/sources"));
    }

    @Test
    void aDraftMayLackSources() {
        createProject(project("Draft", unique("t"), ",\"state\":\"DRAFT\",\"sources\":[]"));
    }
}
