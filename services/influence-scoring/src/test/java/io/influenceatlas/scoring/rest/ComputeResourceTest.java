package io.influenceatlas.scoring.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.influenceatlas.scoring.Api.json;
import static io.influenceatlas.scoring.Api.problem;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class ComputeResourceTest {

    /**
     * The worked example of UNDP's Human Development Index in the technical notes of the Human
     * Development Report 2020, as reproduced by the engine's PublishedExampleTest (source named there):
     * income index = (ln 3,829 − ln 100)/(ln 75,000 − ln 100) = 0.5506 and HDI = (0.6971 · 0.3447 · 0.5506)^(1/3)
     * = 0.510. Here the same framework and data go through the API as an analyst would send them.
     */
    static final String HDI = """
            {"framework":{"code":"hdi","aggregation":"GEOMETRIC","children":[
               {"code":"health","weight":0.3333333333333333,"children":[{"indicator":"life_expectancy_index","weight":1}]},
               {"code":"education","weight":0.3333333333333333,"children":[{"indicator":"education_index","weight":1}]},
               {"code":"income","weight":0.3333333333333334,"children":[{"indicator":"gni_per_capita","weight":1}]}]},
             "indicators":[
               {"code":"life_expectancy_index","normalisation":{"kind":"GOALPOSTS","lower":0,"upper":1}},
               {"code":"education_index","normalisation":{"kind":"GOALPOSTS","lower":0,"upper":1}},
               {"code":"gni_per_capita","transformation":"LOG10",
                "normalisation":{"kind":"GOALPOSTS","lower":2.0,"upper":4.8750612633917}}],
             "data":{"indicators":["life_expectancy_index","education_index","gni_per_capita"],
                     "rows":[%s]}}""";

    @Test
    void reproducesAPublishedCompositeInlineWithoutStoringAnything() {
        String rows = "{\"unit\":\"example\",\"values\":[0.6971,0.3447,3829]},{\"unit\":\"partial\",\"group\":\"g\",\"values\":[0.5,0.5,null]}";
        json().body(HDI.formatted(rows)).post("/compute").then().statusCode(200)
                .body("units.unit", contains("example", "partial"))
                .body("units[0].composite", closeTo(51.0, 0.05))
                .body("units[0].indicators.gni_per_capita.normalised", closeTo(55.06, 0.005))
                .body("units[0].indicators.gni_per_capita.treated", closeTo(Math.log10(3829), 1e-9))
                .body("units[0].groups.health", closeTo(69.71, 1e-9))
                .body("units[0].rank", equalTo(1))
                .body("units[1].indicators.gni_per_capita.raw", equalTo(null))
                .body("diagnostics.indicator", hasItem("life_expectancy_index"));
    }

    @Test
    void relativeWeightsAndDefaultsWhenAsked() {
        String body = """
                {"weights":"RELATIVE","framework":{"code":"c","children":[{"indicator":"a","weight":2},{"indicator":"b","weight":1}]},
                 "data":{"indicators":["a","b"],"rows":[{"unit":"u1","values":[0,10]},{"unit":"u2","values":[10,0]}]}}""";
        // min-max: u1 a=0 b=100 → ⅓·100; u2 a=100 b=0 → ⅔·100.
        json().body(body).post("/compute").then().statusCode(200)
                .body("units[0].composite", closeTo(33.333333333333336, 1e-9))
                .body("units[1].composite", closeTo(66.66666666666667, 1e-9))
                .body("units.rank", contains(2, 1));
        problem(json().body(body.replace("\"weights\":\"RELATIVE\",", "")).post("/compute").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/framework/children"));
    }

    @Test
    void badTablesAreNamedRowByRow() {
        String body = """
                {"framework":{"code":"c","children":[{"indicator":"a","weight":0.5},{"indicator":"zz","weight":0.5}]},
                 "indicators":[{"code":"b","source":{"kind":"PROFILE_INDICATOR","indicator":"x"}}],
                 "data":{"indicators":["a","b","a"],"rows":[
                   {"unit":"u1","values":[1,2]},
                   {"unit":"u2","values":[1,"high",3]},
                   {"unit":"u1","values":[1,2,true]},
                   {"values":[1,2,3]}]}}""";
        problem(json().body(body).post("/compute").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/framework/children/1/indicator"))
                .body("errors.field", hasItem("/indicators/0/source"))
                .body("errors.field", hasItem("/data/indicators/2"))
                .body("errors.field", hasItem("/data/rows/0/values"))
                .body("errors.field", hasItem("/data/rows/1/values/1"))
                .body("errors.message", hasItem(containsString("'\"high\"' in column 'b' is not a number")))
                .body("errors.field", hasItem("/data/rows/2/unit"))
                .body("errors.field", hasItem("/data/rows/2/values/2"))
                .body("errors.field", hasItem("/data/rows/3/unit"))
                .body("errors.find { it.field == '/data/rows/1/values/1' }.row", equalTo(1));
        problem(json().body("{\"framework\":{\"code\":\"c\",\"children\":[{\"indicator\":\"a\",\"weight\":1}]},"
                + "\"indicators\":[{\"code\":\"a\",\"transformation\":\"LOG10\"}],"
                + "\"data\":{\"indicators\":[\"a\"],\"rows\":[{\"unit\":\"u\",\"values\":[0]}]}}").post("/compute").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/indicators/0"))
                .body("errors[0].message", containsString("unit u, indicator a"));
        problem(json().body("{}").post("/compute").then(), 422, "validation-failed");
    }
}
