package io.influenceatlas.projectregistry.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.influenceatlas.projectregistry.Api.SOURCE;
import static io.influenceatlas.projectregistry.Api.createProject;
import static io.influenceatlas.projectregistry.Api.json;
import static io.influenceatlas.projectregistry.Api.organisation;
import static io.influenceatlas.projectregistry.Api.problem;
import static io.influenceatlas.projectregistry.Api.project;
import static io.influenceatlas.projectregistry.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void createsReadsSearchesAndEdits() {
        String name = unique("Example Networks");
        long id = json().body("""
                        {"name":"%s","aliases":["%s Ltd"],"originCountry":"CN","type":"STATE_OWNED_ENTERPRISE",
                         "stateOwnership":"FULL","website":"https://example.org",
                         "listings":[{"list":"US_ENTITY_LIST","listedOn":"2019-05-16","source":%s}],
                         "sources":[%s]}""".formatted(name, name, SOURCE, SOURCE))
                .post("/organisations").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/organisations/" + json().get("/organisations?q=" + name).then()
                        .extract().jsonPath().getInt("items[0].id")))
                .body("originCountry", equalTo("CHN"))
                .body("listings[0].list", equalTo("US_ENTITY_LIST"))
                .extract().jsonPath().getLong("id");
        json().queryParam("q", name.toLowerCase() + " ltd").get("/organisations").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        json().queryParam("originCountry", "CHN").queryParam("type", "STATE_OWNED_ENTERPRISE").get("/organisations").then()
                .body("items.id", hasItem((int) id));
        String etag = json().get("/organisations/" + id).then().statusCode(200).extract().header("ETag");
        json().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"stateOwnership\":\"MAJORITY\"}")
                .patch("/organisations/" + id).then().statusCode(200).body("stateOwnership", equalTo("MAJORITY"))
                .body("name", equalTo(name));
        json().get("/organisations/" + id + "/history").then().body("total", equalTo(2))
                .body("items[0].changes[0].field", equalTo("stateOwnership"))
                .body("items[0].changes[0].from", equalTo("FULL"));
        json().queryParam("asOf", "2020-01-01").get("/organisations/" + id).then().statusCode(404);
    }

    @Test
    void namesAndAliasesIdentifyOneOrganisation() {
        String name = unique("Unique Org");
        organisation(name, "CHN");
        problem(json().body("""
                        {"name":"%s","type":"COMPANY"}""".formatted(name.toUpperCase())).post("/organisations").then(),
                422, "validation-failed").body("errors[0].field", equalTo("/name"));
        problem(json().body("""
                        {"name":"%s","aliases":["%s alias"],"type":"COMPANY"}""".formatted(unique("Other"), name)).post("/organisations").then(),
                422, "validation-failed").body("errors[0].field", equalTo("/aliases/0"));
    }

    @Test
    void badInputNamesTheField() {
        problem(json().body("""
                {"name":"Bad | name","originCountry":"ZZZ","type":"GUILD",
                 "listings":[{"list":"US_ENTITY_LIST","listedOn":"2020-01","removedOn":"2019","source":%s}]}""".formatted(SOURCE))
                .post("/organisations").then(), 422, "validation-failed").body("errors[0].field", equalTo("/type"));
        problem(json().body("""
                {"name":"Bad | name","originCountry":"ZZZ","type":"COMPANY",
                 "listings":[{"list":"US_ENTITY_LIST","listedOn":"2020-01","removedOn":"2019","source":%s}]}""".formatted(SOURCE))
                .post("/organisations").then(), 422, "validation-failed").body("errors.field", hasItem("/name"));
        problem(json().body("""
                {"name":"%s","originCountry":"ZZZ","type":"COMPANY",
                 "listings":[{"list":"US_ENTITY_LIST","listedOn":"2020-01","removedOn":"2019","source":%s}]}""".formatted(unique("Fine"), SOURCE))
                .post("/organisations").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/originCountry"))
                .body("errors.field", hasItem("/listings/0/removedOn"));
    }

    @Test
    void anOrganisationStillLinkedCannotBeDeleted() {
        long org = organisation(unique("Linked"), "CHN");
        long project = createProject(project("Linking", unique("t"), ",\"organisations\":[{\"id\":%d,\"role\":\"FINANCIER\"}]".formatted(org)));
        String etag = json().get("/organisations/" + org).then().extract().header("ETag");
        problem(json().header("If-Match", etag).delete("/organisations/" + org).then(), 409, "conflict");
        json().get("/organisations/" + org).then().statusCode(200);
        String projectTag = json().get("/projects/" + project).then().extract().header("ETag");
        json().header("If-Match", projectTag).delete("/projects/" + project).then().statusCode(204);
        json().header("If-Match", etag).delete("/organisations/" + org).then().statusCode(204);
        json().get("/organisations/" + org + "/history").then().body("items[0].deleted", equalTo(true));
    }

    @Test
    void replaceAndReadAsOf() throws Exception {
        String name = unique("Replaced Org");
        long id = organisation(name, "CHN");
        String etag = json().get("/organisations/" + id).then().extract().header("ETag");
        Thread.sleep(5);
        String before = java.time.Instant.now().toString();
        Thread.sleep(5);
        json().header("If-Match", etag).body("""
                {"name":"%s","aliases":["%s Holdings"],"originCountry":"HK","type":"COMPANY","stateOwnership":"MINORITY"}"""
                .formatted(name, name)).put("/organisations/" + id).then().statusCode(200)
                .body("originCountry", equalTo("HKG")).body("aliases[0]", equalTo(name + " Holdings"))
                .body("sources", org.hamcrest.Matchers.empty());
        json().queryParam("asOf", before).get("/organisations/" + id).then().statusCode(200)
                .body("originCountry", equalTo("CHN")).body("aliases[0]", equalTo(name + " alias"));
        problem(json().body("{\"name\":\"360\",\"type\":\"COMPANY\"}").post("/organisations").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/name"));
        // Text PostgreSQL cannot store is named before any name look-up reaches the database.
        problem(json().body("{\"name\":\"Nul \\u0000 Org\",\"aliases\":[\"a\\u0000\"],\"type\":\"COMPANY\"}").post("/organisations").then(),
                422, "validation-failed").body("errors.field", hasItem("/name")).body("errors.field", hasItem("/aliases/0"));
        problem(json().body(project("Link", unique("t"), ",\"organisations\":[{\"name\":\"Nul \\u0000 Org\",\"role\":\"SUPPLIER\"}]"))
                .post("/projects").then(), 422, "validation-failed").body("errors.field", hasItem("/organisations/0/name"));
        problem(json().queryParam("q", "a\u0000b").get("/organisations").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("q"));
    }
}
