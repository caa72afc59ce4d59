package io.influenceatlas.projectregistry;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Helpers shared by the REST tests: requests, problem assertions and fixtures with unique names. */
public final class Api {

    public static final String SOURCE = """
            {"url":"https://example.org/report","publisher":"Example publisher","title":"Example report",
             "publishedOn":"2021-03","accessedOn":"2026-11-01"}""";

    private Api() {
    }

    public static RequestSpecification json() {
        return RestAssured.given().contentType("application/json").accept("application/json");
    }

    /** Asserts an RFC 9457 problem document with the given status and type slug. */
    public static ValidatableResponse problem(ValidatableResponse r, int status, String type) {
        return r.statusCode(status)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", equalTo("/problems/" + type))
                .body("title", startsWith(""))
                .body("detail", startsWith(""));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Creates an organisation and returns its id. */
    public static long organisation(String name, String origin) {
        return json().body("""
                        {"name":"%s","aliases":["%s alias"],"originCountry":"%s","type":"COMPANY","stateOwnership":"NONE",
                         "sources":[%s]}""".formatted(name, name, origin, SOURCE))
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A valid published project; {@code extra} members (JSON, with a leading comma) are appended. */
    public static String project(String title, String tag, String extra) {
        return """
                {"title":"%s","description":"A test project about fibre and towers","category":"TERRESTRIAL_FIBRE",
                 "state":"PUBLISHED","countries":[{"country":"KE","role":"HOST"}],
                 "statusHistory":[{"status":"AGREED","date":"2018-05"},{"status":"OPERATIONAL","date":"2020"}],
                 "tags":["%s"],"sources":[%s]%s}""".formatted(title, tag, SOURCE, extra == null ? "" : extra);
    }

    /** Creates a project and returns its id. */
    public static long createProject(String body) {
        return json().body(body).post("/projects").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
