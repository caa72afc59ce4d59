package io.influenceatlas.countryprofile;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Small helpers shared by the REST tests. */
public final class Api {

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

    /** A fresh indicator code, so tests never collide with each other or the sample. */
    public static String uniqueCode(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static String indicatorJson(String code) {
        return """
                {"code":"%s","name":"Test indicator %s","unit":"%%","direction":"INCREASES_EXPOSURE",
                 "dimensions":["economic-dependence"],"lenses":["MARKET","ECONOMIC_DEVELOPMENT"],
                 "description":"created by a test",
                 "defaultSource":{"url":"https://example.org/data","publisher":"Example publisher","title":"Example data"}}
                """.formatted(code, code);
    }

    public static void createIndicator(String code) {
        json().body(indicatorJson(code)).post("/indicators").then().statusCode(201);
    }
}
