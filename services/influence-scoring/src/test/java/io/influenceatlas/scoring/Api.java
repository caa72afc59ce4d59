package io.influenceatlas.scoring;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Helpers shared by the REST tests. */
public final class Api {

    private Api() {
    }

    /** Decimals as doubles (REST Assured's default is float, too coarse for scores). */
    static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    public static RequestSpecification json() {
        return RestAssured.given().config(CONFIG).contentType("application/json").accept("application/json");
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
}
