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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
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

    @Test
    void editsNeedTheCurrentETagAndKeepHistory() throws Exception {
        String tag = unique("t");
        long id = createProject(project("Versioned", tag, null));
        String etag = json().get("/projects/" + id).then().extract().header("ETag");
        problem(json().body(project("Versioned 2", tag, null)).put("/projects/" + id).then(), 428, "precondition-required");
        problem(json().header("If-Match", "\"0-1\"").body(project("Versioned 2", tag, null)).put("/projects/" + id).then(),
                412, "precondition-failed");
        // Identical content: nothing changes, not even the ETag.
        json().header("If-Match", etag).body(project("Versioned", tag, null)).put("/projects/" + id).then()
                .statusCode(200).header("ETag", equalTo(etag));
        Thread.sleep(5);
        String between = java.time.Instant.now().toString();
        Thread.sleep(5);
        String etag2 = json().header("If-Match", etag).header("X-Atlas-User", "analyst-1")
                .body(project("Versioned 2", tag, null)).put("/projects/" + id).then()
                .statusCode(200).body("title", equalTo("Versioned 2")).body("updatedBy", equalTo("analyst-1"))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, etag2);
        // The stale tag is now refused.
        problem(json().header("If-Match", etag).body(project("Versioned 3", tag, null)).put("/projects/" + id).then(),
                412, "precondition-failed");
        String etag3 = json().contentType("application/merge-patch+json").header("If-Match", etag2)
                .body("{\"description\":null,\"qualityGrade\":\"B\"}").patch("/projects/" + id).then().statusCode(200)
                .body("qualityGrade", equalTo("B")).body("description", org.hamcrest.Matchers.nullValue())
                .body("title", equalTo("Versioned 2")).extract().header("ETag");
        json().get("/projects/" + id + "/history").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items[0].changes.field", hasItem("qualityGrade"))
                .body("items[1].changedBy", equalTo("analyst-1"))
                .body("items[1].changes[0].field", equalTo("title"))
                .body("items[1].changes[0].from", equalTo("Versioned"))
                .body("items[1].changes[0].to", equalTo("Versioned 2"))
                .body("items[2].changedBy", equalTo("anonymous"));
        json().queryParam("asOf", between).get("/projects/" + id).then().statusCode(200)
                .body("title", equalTo("Versioned")).body("version", equalTo(0));
        problem(json().queryParam("asOf", "2001-01-01").get("/projects/" + id).then(), 404, "not-found");
        problem(json().queryParam("asOf", "yesterday").get("/projects/" + id).then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("asOf"));
        problem(json().delete("/projects/" + id).then(), 428, "precondition-required");
        json().header("If-Match", etag3).delete("/projects/" + id).then().statusCode(204);
        problem(json().get("/projects/" + id).then(), 404, "not-found");
        json().get("/projects/" + id + "/history").then().statusCode(200)
                .body("items[0].deleted", equalTo(true)).body("total", equalTo(4));
        json().queryParam("asOf", between).get("/projects/" + id).then().statusCode(200).body("title", equalTo("Versioned"));
        problem(json().queryParam("asOf", java.time.Instant.now().plusSeconds(5).toString()).get("/projects/" + id).then(),
                404, "not-found");
    }

    @Test
    void externalIdsAreUnique() {
        String tag = unique("t");
        createProject(project("One", tag, ",\"externalId\":\"" + tag + "\""));
        problem(json().body(project("Two", tag, ",\"externalId\":\"" + tag + "\"")).post("/projects").then(), 409, "conflict");
    }

    @Test
    void organisationsAreReferencedByIdOrExactName() {
        String name = unique("Supplier");
        long org = organisation(name, "CHN");
        long id = createProject(project("By name", unique("t"), """
                ,"organisations":[{"name":"%s","role":"SUPPLIER"},{"name":"%s alias","role":"OPERATOR"}]""".formatted(
                name.toUpperCase(), name)));
        json().get("/projects/" + id).then().body("organisations.id", everyItem(equalTo((int) org)))
                .body("organisations.name", hasItem(name));
        problem(json().body(project("Unknown", unique("t"), ",\"organisations\":[{\"name\":\"No such org\",\"role\":\"SUPPLIER\"}]"))
                .post("/projects").then(), 422, "validation-failed").body("errors[0].field", equalTo("/organisations/0/name"));
        problem(json().body(project("Both", unique("t"), ",\"organisations\":[{\"id\":%d,\"name\":\"x\",\"role\":\"SUPPLIER\"}]".formatted(org)))
                .post("/projects").then(), 422, "validation-failed").body("errors[0].field", equalTo("/organisations/0"));
    }

    @Test
    void statusHistoryMustBeInOrder() {
        problem(json().body(project("Order", unique("t"), """
                ,"statusHistory":[{"status":"OPERATIONAL","date":"2020-05"},{"status":"AGREED","date":"2019"},
                                  {"status":"AGREED","date":"2021-02-30"}]""")).post("/projects").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/statusHistory/1/date"))
                .body("errors.field", hasItem("/statusHistory/2/date"));
    }

    @Test
    void malformedAndUnknownInputIsA4xx() {
        problem(json().body("{\"title\":").post("/projects").then(), 400, "malformed-request");
        problem(json().body(project("x", unique("t"), ",\"colour\":\"red\"")).post("/projects").then(), 422, "validation-failed");
        problem(json().get("/projects/abc").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("id"));
        problem(json().get("/projects/999999999").then(), 404, "not-found");
        problem(json().body(project("g", unique("t"), ",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[1,2]]}"))
                .post("/projects").then(), 422, "validation-failed").body("errors[0].field", equalTo("/geometry/coordinates"));
        problem(json().body(project("g", unique("t"), ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"))
                .post("/projects").then(), 422, "validation-failed").body("errors[0].field", equalTo("/geometry/coordinates/0"));
    }

    @Test
    void revisionsRecordTheVersionTheETagCarries() {
        String tag = unique("v");
        long id = createProject(project("Versions", tag, ",\"externalId\":\"" + tag + "\""));
        String etag = json().get("/projects/" + id).then().extract().header("ETag");
        etag = json().header("If-Match", etag).body(project("Versions 2", tag, ",\"externalId\":\"" + tag + "\"")).put("/projects/" + id)
                .then().statusCode(200).extract().header("ETag");
        etag = json().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"qualityGrade\":\"A\"}")
                .patch("/projects/" + id).then().statusCode(200).extract().header("ETag");
        io.restassured.RestAssured.given().contentType("text/csv; charset=UTF-8")
                .body("external_id,title,category,state,countries,status_history,tags,source_urls,source_publishers\n"
                        + tag + ",Versions 3,TERRESTRIAL_FIBRE,PUBLISHED,KEN:HOST,AGREED:2018-05|OPERATIONAL:2020," + tag
                        + ",https://example.org/report,Example publisher\n")
                .post("/projects/import").then().statusCode(200).body("updated", equalTo(1));
        String current = json().get("/projects/" + id).then().body("title", equalTo("Versions 3")).extract().header("ETag");
        java.util.List<Integer> versions = json().get("/projects/" + id + "/history").then().extract().path("items.version");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(3, 2, 1, 0), versions);
        int now = json().get("/projects/" + id).then().extract().path("version");
        org.junit.jupiter.api.Assertions.assertEquals(3, now);
        org.junit.jupiter.api.Assertions.assertTrue(current.startsWith("\"3-"), current);
    }
}
