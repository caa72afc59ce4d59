package io.influenceatlas.countryprofile.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.influenceatlas.countryprofile.Api.createIndicator;
import static io.influenceatlas.countryprofile.Api.json;
import static io.influenceatlas.countryprofile.Api.problem;
import static io.influenceatlas.countryprofile.Api.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ObservationResourceTest {

    static final String HEADER = "country,indicator,year,value,source_url,source_publisher,source_title,source_date,note\n";

    private static String csvRow(String country, String indicator, int year, String value) {
        return country + "," + indicator + "," + year + "," + value
                + ",https://example.org/data,Example publisher,\"Example data, 2024 edition\",2024-06-30,\n";
    }

    private static io.restassured.specification.RequestSpecification csv() {
        return given().contentType("text/csv; charset=UTF-8").accept("application/json");
    }

    private static int count(String indicator) {
        return json().queryParam("indicator", indicator).get("/observations").then().statusCode(200).extract().path("total");
    }

    @Test
    void csvUploadIsAllOrNothingAndIdempotent() {
        String code = uniqueCode("csv");
        createIndicator(code);
        String file = HEADER + csvRow("VNM", code, 2021, "10.5") + csvRow("vn", code, 2022, "11")
                + csvRow("SGP", code, 2022, "-3.25");
        csv().body(file).post("/observations/bulk").then().statusCode(200)
                .body("received", equalTo(3)).body("created", equalTo(3))
                .body("updated", equalTo(0)).body("unchanged", equalTo(0)).body("dryRun", equalTo(false));
        csv().body(file).post("/observations/bulk").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));
        String etag = json().get("/observations/VNM/" + code + "/2022").then().statusCode(200)
                .body("value", equalTo(11)).body("source.title", equalTo("Example data, 2024 edition"))
                .extract().header("ETag");

        String changed = HEADER + csvRow("VNM", code, 2022, "11.00") + csvRow("VNM", code, 2023, "12");
        csv().body(changed).post("/observations/bulk").then().statusCode(200)
                .body("created", equalTo(1)).body("unchanged", equalTo(1));
        json().get("/observations/VNM/" + code + "/2022").then().header("ETag", equalTo(etag));
        csv().body(HEADER + csvRow("VNM", code, 2022, "13")).post("/observations/bulk").then().statusCode(200)
                .body("updated", equalTo(1));
        assertThat(count(code), equalTo(4));
    }

    @Test
    void aBadFileWritesNothingAndNamesEveryBadRow() {
        String code = uniqueCode("bad");
        createIndicator(code);
        String file = HEADER
                + csvRow("VNM", code, 2020, "1")                     // row 2: fine
                + csvRow("XXX", code, 2020, "1")                     // row 3: unknown country
                + csvRow("SGP", code, 2020, "1,5")                   // row 4: ragged (the comma makes an extra field)
                + csvRow("SGP", code, 1800, "abc")                   // row 5: year out of range, value not a number
                + csvRow("SGP", "no_such_indicator", 2020, "1")      // row 6: unknown indicator
                + csvRow("VNM", code, 2020, "2")                     // row 7: duplicate of row 2
                + "MMR," + code + ",2020,5,,,,,\n"                   // row 8: no publisher, no url/title
                + "MMR," + code + ",2021,5,https://x.org,P,T,2020-13-01,\n"; // row 9: bad date
        problem(csv().body(file).post("/observations/bulk").then(), 422, "validation-failed")
                .body("detail", startsWith("Nothing was written"))
                .body("errors.find { it.row == 3 }.field", equalTo("country"))
                .body("errors.find { it.row == 4 }.message", containsString("fields but the header has"))
                .body("errors.findAll { it.row == 5 }.field", hasItem("year"))
                .body("errors.findAll { it.row == 5 }.field", hasItem("value"))
                .body("errors.find { it.row == 6 }.field", equalTo("indicator"))
                .body("errors.find { it.row == 7 }.message", containsString("duplicate of row 2"))
                .body("errors.findAll { it.row == 8 }.field", hasItem("source_publisher"))
                .body("errors.findAll { it.row == 8 }.field", hasItem("source_url"))
                .body("errors.find { it.row == 9 }.field", equalTo("source_date"))
                .body("errors.row", everyItem(org.hamcrest.Matchers.not(equalTo(2))));
        assertThat(count(code), equalTo(0));
    }

    @Test
    void csvStructureProblems() {
        problem(csv().body("").post("/observations/bulk").then(), 422, "validation-failed")
                .body("errors[0].row", equalTo(1));
        problem(csv().body("country,indicator,year\nVNM,x,2020\n").post("/observations/bulk").then(), 422, "validation-failed")
                .body("errors.field", hasItem("value"))
                .body("errors.field", hasItem("source_publisher"));
        problem(csv().body("country,indicator,year,value,source_publisher,colour\n").post("/observations/bulk").then(),
                422, "validation-failed").body("errors[0].field", equalTo("colour"));
        problem(csv().body("country,country,year,value,source_publisher\n").post("/observations/bulk").then(),
                422, "validation-failed").body("errors[0].row", equalTo(1));
        problem(csv().body(HEADER + "VNM,x,2020,1,\"https://unterminated,P,T,,\n").post("/observations/bulk").then(),
                422, "validation-failed").body("errors[0].message", containsString("malformed CSV"));
        problem(given().contentType("text/csv").body(new byte[]{(byte) 0xC3, (byte) 0x28, 10})
                .post("/observations/bulk").then(), 422, "validation-failed");
    }

    @Test
    void csvWithBomQuotedNewlinesAndCrlf() {
        String code = uniqueCode("bom");
        createIndicator(code);
        String file = "\uFEFF" + HEADER.replace("\n", "\r\n")
                + "SGP," + code + ",2020,7,https://example.org,Pub,\"Title with\nline break\",,\"a note, with comma\"\r\n";
        csv().body(file).post("/observations/bulk").then().statusCode(200).body("created", equalTo(1));
        json().get("/observations/SG/" + code + "/2020").then().statusCode(200)
                .body("source.title", equalTo("Title with\nline break"))
                .body("note", equalTo("a note, with comma"));
    }

    @Test
    void jsonUploadReportsEveryRowIncludingTypeErrors() {
        String code = uniqueCode("json");
        createIndicator(code);
        String good = "{\"country\":\"KEN\",\"indicator\":\"%s\",\"year\":2022,\"value\":3.5,\"source\":{\"publisher\":\"P\",\"title\":\"T\"}}"
                .formatted(code);
        String body = "[" + good + ","
                + "{\"country\":\"KEN\",\"indicator\":\"%s\",\"year\":\"twenty\",\"value\":1,\"source\":{\"publisher\":\"P\",\"title\":\"T\"}},".formatted(code)
                + "{\"country\":\"KEN\",\"indicator\":\"%s\",\"year\":2023,\"value\":1,\"source\":{\"publisher\":\"P\",\"title\":\"T\"},\"colour\":1},".formatted(code)
                + "{\"country\":\"KEN\",\"indicator\":\"%s\",\"year\":2024,\"source\":{\"publisher\":\"P\"}}".formatted(code)
                + "]";
        problem(json().body(body).post("/observations/bulk").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/1/year"))
                .body("errors.field", hasItem("/2/colour"))
                .body("errors.field", hasItem("/3/value"))
                .body("errors.field", hasItem("/3/source/url"));
        assertThat(count(code), equalTo(0));
        json().body("[" + good + "]").post("/observations/bulk").then().statusCode(200).body("created", equalTo(1));
        json().body("[" + good + "]").post("/observations/bulk").then().statusCode(200).body("unchanged", equalTo(1));
        problem(json().body("{\"not\":\"an array\"}").post("/observations/bulk").then(), 422, "validation-failed");
        problem(json().body("[1,").post("/observations/bulk").then(), 400, "malformed-request");
    }

    @Test
    void dryRunValidatesAndCountsWithoutWriting() {
        String code = uniqueCode("dry");
        createIndicator(code);
        csv().queryParam("dryRun", "true").body(HEADER + csvRow("VNM", code, 2021, "1"))
                .post("/observations/bulk").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(1));
        assertThat(count(code), equalTo(0));
        problem(csv().queryParam("dryRun", "true").body(HEADER + csvRow("XX", code, 2021, "1"))
                .post("/observations/bulk").then(), 422, "validation-failed");
        problem(csv().queryParam("dryRun", "maybe").body(HEADER).post("/observations/bulk").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void seriesCrossSectionAndLatestValues() {
        String code = uniqueCode("ts");
        createIndicator(code);
        String file = HEADER + csvRow("THA", code, 2018, "1") + csvRow("THA", code, 2020, "2") + csvRow("THA", code, 2022, "3")
                + csvRow("MYS", code, 2021, "5") + csvRow("IDN", code, 2015, "9");
        csv().body(file).post("/observations/bulk").then().statusCode(200);

        json().get("/countries/th/indicators/" + code + "/series").then().statusCode(200)
                .body("items.year", contains(2018, 2020, 2022))
                .body("items.value", contains(1, 2, 3));
        json().queryParam("sort", "-year").get("/countries/THA/indicators/" + code + "/series").then()
                .body("items.year", contains(2022, 2020, 2018));

        json().queryParam("year", 2022).get("/indicators/" + code + "/cross-section").then().statusCode(200)
                .body("items.country", contains("THA"));
        json().queryParam("year", 2022).queryParam("maxAge", 1).get("/indicators/" + code + "/cross-section").then()
                .body("items.country", contains("MYS", "THA"));
        json().queryParam("year", 2021).queryParam("maxAge", 10).queryParam("sort", "-value")
                .get("/indicators/" + code + "/cross-section").then()
                .body("items.country", contains("IDN", "MYS", "THA"))
                .body("items.find { it.country == 'THA' }.year", equalTo(2020));
        problem(json().get("/indicators/" + code + "/cross-section").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("year"));

        json().queryParam("year", 2021).get("/countries/THA/latest-values").then().statusCode(200)
                .body("items.find { it.indicator == '%s' }.year".formatted(code), equalTo(2020));
        json().queryParam("year", 2021).queryParam("maxAge", 0).get("/countries/THA/latest-values").then()
                .body("items.indicator", org.hamcrest.Matchers.not(hasItem(code)));
        problem(json().get("/countries/THA/indicators/nope_nope/series").then(), 404, "not-found");
    }

    @Test
    void singleObservationPutNeedsIfMatchOnlyToReplace() {
        String code = uniqueCode("one");
        createIndicator(code);
        String body = "{\"value\":42,\"source\":{\"url\":\"https://example.org/a\",\"publisher\":\"P\"},\"note\":\"first\"}";
        String etag = json().body(body).put("/observations/PAK/" + code + "/2020").then().statusCode(201)
                .header("Location", endsWith("/observations/PAK/" + code + "/2020"))
                .extract().header("ETag");
        problem(json().body(body).put("/observations/PAK/" + code + "/2020").then(), 428, "precondition-required");
        String etag2 = json().header("If-Match", etag).body(body.replace("42", "43"))
                .put("/observations/PK/" + code + "/2020").then().statusCode(200)
                .body("value", equalTo(43)).extract().header("ETag");
        problem(json().header("If-Match", etag).body(body).put("/observations/PAK/" + code + "/2020").then(),
                412, "precondition-failed");
        problem(json().header("If-Match", "\"7\"").body(body).put("/observations/PAK/" + code + "/2019").then(),
                412, "precondition-failed");
        problem(json().body(body).put("/observations/PAK/" + code + "/1800").then(), 400, "invalid-parameter");
        problem(json().body(body).put("/observations/PAK/unknown_code/2020").then(), 404, "not-found");
        problem(json().body("{\"value\":1e400,\"source\":{\"publisher\":\"P\",\"title\":\"T\"}}")
                .put("/observations/PAK/" + code + "/2021").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/value"));
        json().header("If-Match", etag2).delete("/observations/PAK/" + code + "/2020").then().statusCode(204);
        problem(json().get("/observations/PAK/" + code + "/2020").then(), 404, "not-found");
    }

    @Test
    void exportRoundTripsThroughUpload() {
        String code = uniqueCode("exp");
        createIndicator(code);
        csv().body(HEADER + csvRow("EGY", code, 2020, "1.25") + csvRow("ETH", code, 2021, "1000000"))
                .post("/observations/bulk").then().statusCode(200).body("created", equalTo(2));
        String exported = given().queryParam("indicator", code).get("/observations/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = exported.lines().toList();
        assertThat(lines, hasSize(3));
        assertThat(lines.get(0), startsWith("country,indicator,year,value,source_url"));
        assertThat(lines.get(2), containsString("ETH," + code + ",2021,1000000"));
        csv().body(exported).post("/observations/bulk").then().statusCode(200).body("unchanged", equalTo(2));
    }

    @Test
    void queryFiltersAndBadParameters() {
        json().queryParam("country", "VNM,sg").queryParam("indicator", "internet_users_pct")
                .queryParam("fromYear", 2020).queryParam("toYear", 2021).queryParam("size", 500)
                .get("/observations").then().statusCode(200)
                .body("items.country", hasItem("VNM"))
                .body("items.country", hasItem("SGP"))
                .body("items.country", everyItem(org.hamcrest.Matchers.oneOf("VNM", "SGP")))
                .body("items.year", everyItem(org.hamcrest.Matchers.oneOf(2020, 2021)))
                .body("items.source.publisher", everyItem(org.hamcrest.Matchers.notNullValue()));
        problem(json().queryParam("country", "Atlantis").get("/observations").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("country"));
        problem(json().queryParam("fromYear", "last").get("/observations").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("fromYear"));
        problem(json().queryParam("sort", "colour").get("/observations").then(), 400, "invalid-parameter");
    }

    @Test
    void nonObjectRowsAndOutOfRangeNumbersAreRowErrorsNot500() {
        String code = uniqueCode("edge");
        createIndicator(code);
        String good = "{\"country\":\"KEN\",\"indicator\":\"%s\",\"year\":2022,\"value\":1,\"source\":{\"publisher\":\"P\",\"title\":\"T\"}}"
                .formatted(code);
        problem(json().body("[null, 5, " + good + "]").post("/observations/bulk").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/0"))
                .body("errors.field", hasItem("/1"));
        problem(json().body("[" + good.replace("\"value\":1", "\"value\":1e-5000") + "]").post("/observations/bulk").then(),
                422, "validation-failed").body("errors[0].field", equalTo("/0/value"));
        problem(json().body("[" + good.replace("\"value\":1", "\"value\":1e400") + "]").post("/observations/bulk").then(),
                422, "validation-failed").body("errors[0].field", equalTo("/0/value"));
        problem(csv().queryParam("dryRun", "true").body(HEADER + csvRow("KEN", code, 2022, "1E-5000"))
                .post("/observations/bulk").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("value")).body("errors[0].row", equalTo(2));
        problem(json().body("{\"value\":0.0000000000001,\"source\":{\"publisher\":\"P\",\"title\":\"T\"}}")
                .put("/observations/KEN/" + code + "/2022").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/value"));
        problem(json().body("[" + good.replace("\"title\":\"T\"", "\"title\":\"  \"") + "]").post("/observations/bulk").then(),
                422, "validation-failed").body("errors[0].field", equalTo("/0/source/url"));
        assertThat(count(code), equalTo(0));
    }

    @Test
    void ifMatchNeverMatchesAnObservationThatDoesNotExist() {
        String code = uniqueCode("star");
        createIndicator(code);
        String body = "{\"value\":1,\"source\":{\"publisher\":\"P\",\"title\":\"T\"}}";
        problem(json().header("If-Match", "*").body(body).put("/observations/NGA/" + code + "/2020").then(),
                412, "precondition-failed").body("detail", containsString("does not exist"));
        problem(json().get("/observations/NGA/" + code + "/%20").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("year"));
        assertThat(count(code), equalTo(0));
    }

    @Test
    void aDeletedAndRecreatedObservationHasANewETag() throws Exception {
        String code = uniqueCode("recreate");
        createIndicator(code);
        String body = "{\"value\":1,\"source\":{\"publisher\":\"P\",\"title\":\"T\"}}";
        String first = json().body(body).put("/observations/ZMB/" + code + "/2020").then().statusCode(201)
                .extract().header("ETag");
        json().header("If-Match", first).delete("/observations/ZMB/" + code + "/2020").then().statusCode(204);
        Thread.sleep(5);
        String second = json().body(body).put("/observations/ZMB/" + code + "/2020").then().statusCode(201)
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
        problem(json().header("If-Match", first).body(body).put("/observations/ZMB/" + code + "/2020").then(),
                412, "precondition-failed");
    }
}
