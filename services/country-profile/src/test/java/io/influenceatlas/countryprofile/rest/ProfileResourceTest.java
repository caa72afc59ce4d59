package io.influenceatlas.countryprofile.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.influenceatlas.countryprofile.Api.json;
import static io.influenceatlas.countryprofile.Api.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Profile edits use countries outside the sample set so that tests do not disturb each other. */
@QuarkusTest
class ProfileResourceTest {

    static final String FULL_PROFILE = """
            {"briMouDate":"2019-03-23","dsrMouDate":null,"regimeType":"LIBERAL_DEMOCRACY","personalist":false,
             "usAlignment":"TREATY_ALLY","chinaThreatPerception":"MODERATE","notes":"test profile",
             "sources":[{"attribute":"usAlignment","url":"https://www.nato.int/cps/en/natohq/topics_52044.htm",
                         "publisher":"NATO","title":"NATO member countries"}]}
            """;

    private String etag(String code) {
        return json().get("/countries/" + code + "/profile").then().statusCode(200).extract().header("ETag");
    }

    @Test
    void putNeedsIfMatchAndRecordsTheEditorInHistory() {
        String code = "PRT";
        problem(json().body(FULL_PROFILE).put("/countries/" + code + "/profile").then(), 428, "precondition-required");

        String etag = etag(code);
        String newTag = json().header("If-Match", etag).header("X-Atlas-User", "analyst-a")
                .body(FULL_PROFILE).put("/countries/" + code + "/profile")
                .then().statusCode(200)
                .body("regimeType", equalTo("LIBERAL_DEMOCRACY"))
                .body("briMember", equalTo(true))
                .body("updatedBy", equalTo("analyst-a"))
                .body("sample", equalTo(false))
                .body("sources[0].publisher", equalTo("NATO"))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, newTag);

        problem(json().header("If-Match", etag).body(FULL_PROFILE).put("/countries/" + code + "/profile").then(),
                412, "precondition-failed");

        json().get("/countries/" + code + "/profile/history").then().statusCode(200)
                .body("items[0].changedBy", equalTo("analyst-a"))
                .body("items[0].changes.field", hasItem("regimeType"))
                .body("items[0].changes.find { it.field == 'regimeType' }.from", nullValue())
                .body("items[0].changes.find { it.field == 'regimeType' }.to", equalTo("LIBERAL_DEMOCRACY"));
    }

    @Test
    void putWithUnchangedContentKeepsVersionAndAddsNoRevision() {
        String code = "ESP";
        String etag = etag(code);
        String tag2 = json().header("If-Match", etag).body(FULL_PROFILE).put("/countries/" + code + "/profile")
                .then().statusCode(200).extract().header("ETag");
        int revisions = json().get("/countries/" + code + "/profile/history").then().extract().path("total");
        String tag3 = json().header("If-Match", tag2).body(FULL_PROFILE).put("/countries/" + code + "/profile")
                .then().statusCode(200).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(tag2, tag3);
        json().get("/countries/" + code + "/profile/history").then().body("total", equalTo(revisions));
    }

    @Test
    void mergePatchSetsClearsAndKeeps() {
        String code = "FRA";
        String etag = etag(code);
        etag = json().header("If-Match", etag).body(FULL_PROFILE).put("/countries/" + code + "/profile")
                .then().statusCode(200).extract().header("ETag");
        given().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"notes\":null,\"chinaThreatPerception\":\"HIGH\"}")
                .patch("/countries/" + code + "/profile")
                .then().statusCode(200)
                .body("notes", nullValue())
                .body("chinaThreatPerception", equalTo("HIGH"))
                .body("regimeType", equalTo("LIBERAL_DEMOCRACY"))
                .body("sources", hasSize(1));
        json().get("/countries/FR/profile/history").then()
                .body("items[0].changes", hasSize(2));
    }

    @Test
    void mergePatchIsValidatedLikeAPut() {
        String etag = etag("DEU");
        problem(given().contentType("application/merge-patch+json").header("If-Match", etag)
                        .body("{\"regimeType\":\"MONARCHY\"}").patch("/countries/DEU/profile").then(),
                422, "validation-failed")
                .body("errors[0].field", equalTo("/regimeType"))
                .body("errors[0].message", containsString("LIBERAL_DEMOCRACY"));
        problem(given().contentType("application/merge-patch+json").header("If-Match", etag)
                        .body("{\"briMouDate\":\"2999-01-01\"}").patch("/countries/DEU/profile").then(),
                422, "validation-failed")
                .body("errors[0].field", equalTo("/briMouDate"));
        problem(given().contentType("application/merge-patch+json").header("If-Match", etag)
                        .body("[1,2]").patch("/countries/DEU/profile").then(),
                422, "validation-failed");
        json().get("/countries/DEU/profile").then().body("regimeType", nullValue()).header("ETag", equalTo(etag));
    }

    @Test
    void badProfileBodiesNameTheField() {
        String etag = etag("NLD");
        problem(json().header("If-Match", etag).body("{\"regimeType\":\"THEOCRACY\"}").put("/countries/NLD/profile").then(),
                422, "validation-failed").body("errors[0].field", equalTo("/regimeType"));
        problem(json().header("If-Match", etag).body("{\"regimeTyp\":\"CLOSED_AUTOCRACY\"}").put("/countries/NLD/profile").then(),
                422, "validation-failed")
                .body("errors[0].field", equalTo("/regimeTyp"))
                .body("errors[0].message", containsString("unknown property"));
        problem(json().header("If-Match", etag).body("{\"personalist\":\"yes\"}").put("/countries/NLD/profile").then(),
                422, "validation-failed").body("errors[0].field", equalTo("/personalist"));
        problem(json().header("If-Match", etag).body("{\"briMouDate\":\"23/03/2019\"}").put("/countries/NLD/profile").then(),
                422, "validation-failed").body("errors[0].field", equalTo("/briMouDate"));
        problem(json().header("If-Match", etag)
                        .body("{\"sources\":[{\"publisher\":\"Someone\"},{\"url\":\"ftp://x\",\"publisher\":\"\"}]}")
                        .put("/countries/NLD/profile").then(),
                422, "validation-failed")
                .body("errors.field", hasItem("/sources/1/url"))
                .body("errors.field", hasItem("/sources/1/publisher"));
        problem(json().header("If-Match", etag).body("{\"sources\":[{\"publisher\":\"Someone\"}]}")
                        .put("/countries/NLD/profile").then(),
                422, "validation-failed")
                .body("errors[0].field", equalTo("/sources/0/url"))
                .body("errors[0].message", containsString("url or a title"));
        problem(json().header("If-Match", etag).body("{\"sources\":[{\"attribute\":\"colour\",\"publisher\":\"X\",\"title\":\"T\"}]}")
                        .put("/countries/NLD/profile").then(),
                422, "validation-failed").body("errors[0].field", equalTo("/sources/0/attribute"));
        problem(json().header("If-Match", etag).body("{\"notes\": ").put("/countries/NLD/profile").then(),
                400, "malformed-request");
        problem(json().header("If-Match", etag).put("/countries/NLD/profile").then(), 422, "validation-failed")
                .body("errors[0].message", containsString("body is required"));
        json().get("/countries/NLD/profile").then().header("ETag", equalTo(etag)).body("notes", not(equalTo("x")));
    }

    @Test
    void editorHeaderIsValidated() {
        String etag = etag("BEL");
        problem(json().header("If-Match", etag).header("X-Atlas-User", "x".repeat(201)).body(FULL_PROFILE)
                .put("/countries/BEL/profile").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("X-Atlas-User"));
    }

    @Test
    void anonymousWhenNoEditorHeader() {
        String etag = etag("AUT");
        json().header("If-Match", etag).body(FULL_PROFILE).put("/countries/AUT/profile")
                .then().statusCode(200).body("updatedBy", equalTo("anonymous"));
    }

    @Test
    void wildcardIfMatchIsAccepted() {
        json().header("If-Match", "*").body(FULL_PROFILE).put("/countries/CHE/profile")
                .then().statusCode(200);
        problem(json().header("If-Match", "W/\"1\"").body(FULL_PROFILE).put("/countries/CHE/profile").then(),
                412, "precondition-failed");
    }

    @Test
    void editingAnUnknownCountryIs404() {
        problem(json().header("If-Match", "*").body(FULL_PROFILE).put("/countries/XYZ/profile").then(), 404, "not-found");
        problem(given().contentType("application/merge-patch+json").header("If-Match", "*").body("{}")
                .patch("/countries/QQ/profile").then(), 404, "not-found");
        problem(json().get("/countries/QQ/profile/history").then(), 404, "not-found");
    }
}
