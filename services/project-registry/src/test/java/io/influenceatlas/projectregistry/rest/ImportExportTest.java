package io.influenceatlas.projectregistry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static io.influenceatlas.projectregistry.Api.json;
import static io.influenceatlas.projectregistry.Api.organisation;
import static io.influenceatlas.projectregistry.Api.problem;
import static io.influenceatlas.projectregistry.Api.project;
import static io.influenceatlas.projectregistry.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ImportExportTest {

    static final String CSV = "text/csv; charset=UTF-8";
    static final ObjectMapper JSON = new ObjectMapper();

    static String csv(String tag, String org, String... extraRows) {
        StringBuilder b = new StringBuilder("external_id,title,category,state,countries,status_history,completed_on,value_amount,"
                + "value_currency,organisations,tags,source_urls,source_publishers,source_titles,geometry\n");
        b.append(tag).append("-1,\"Cable, with comma\",SUBMARINE_CABLE,PUBLISHED,PAK:LANDING|KEN:LANDING,")
                .append("ANNOUNCED:2018|OPERATIONAL:2022-04:ready for service,2022-04,425000000,USD,")
                .append("SUPPLIER:").append(org).append(",").append(tag).append("|cable,")
                .append("https://example.org/a|https://example.org/b,Publisher A|Publisher B,\"Title \\| with pipe|\",")
                .append("\"{\"\"type\"\":\"\"MultiPoint\"\",\"\"coordinates\"\":[[67.0,24.8],[39.67,-4.05]]}\"\n");
        b.append(tag).append("-2,Data centre,DATA_CENTRE,DRAFT,ZMB:HOST,AGREED:2019-09-01,,,,,").append(tag).append(",,,,\n");
        for (String row : extraRows) {
            b.append(row).append('\n');
        }
        return b.toString();
    }

    @Test
    void csvImportIsIdempotentAndExportsRoundTrip() throws Exception {
        String tag = unique("imp");
        String org = unique("Cable Maker");
        organisation(org, "CHN");
        String file = csv(tag, org);
        RestAssured.given().contentType(CSV).body(file).post("/projects/import?dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(2));
        json().get("/projects?tag=" + tag).then().body("total", equalTo(0));
        RestAssured.given().contentType(CSV).body(file).post("/projects/import").then().statusCode(200)
                .body("format", equalTo("CSV")).body("rows", equalTo(2)).body("created", equalTo(2));
        RestAssured.given().contentType(CSV).body(file).post("/projects/import").then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(2));
        json().get("/projects?tag=" + tag + "&sort=id").then().body("total", equalTo(2))
                .body("items[0].title", equalTo("Cable, with comma"))
                .body("items[0].countries.country", equalTo(List.of("PAK", "KEN")))
                .body("items[0].statusHistory[1].note", equalTo("ready for service"))
                .body("items[0].sources[0].title", equalTo("Title | with pipe"))
                .body("items[0].sources[1].publisher", equalTo("Publisher B"))
                .body("items[0].organisations[0].name", equalTo(org))
                .body("items[0].geometry.type", equalTo("MultiPoint"))
                .body("items[1].state", equalTo("DRAFT"));

        String exported = RestAssured.given().get("/projects/export?format=csv&tag=" + tag).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(exported)).getRecords();
        assertEquals(2, records.size(), exported);
        assertEquals(tag + "-1", records.get(0).get("external_id"));
        assertEquals("PAK:LANDING|KEN:LANDING", records.get(0).get("countries"));
        assertEquals("SUPPLIER:" + org, records.get(0).get("organisations"));
        // The export is the import format: importing it again changes nothing.
        RestAssured.given().contentType(CSV).body(exported).post("/projects/import").then().statusCode(200)
                .body("unchanged", equalTo(2));

        JsonNode geo = JSON.readTree(RestAssured.given().get("/projects/export?format=geojson&tag=" + tag).then().statusCode(200)
                .contentType(startsWith("application/geo+json")).extract().asString());
        assertEquals("FeatureCollection", geo.get("type").asText());
        assertEquals(2, geo.get("features").size());
        JsonNode first = geo.get("features").get(0);
        assertEquals("Feature", first.get("type").asText());
        assertEquals("MultiPoint", first.get("geometry").get("type").asText());
        assertEquals(67.0, first.get("geometry").get("coordinates").get(0).get(0).asDouble());
        assertEquals("Cable, with comma", first.get("properties").get("title").asText());
        assertTrue(geo.get("features").get(1).get("geometry").isNull());

        assertEquals(2, RestAssured.given().get("/projects/export?format=csv&tag=" + tag + "&country=KEN,ZMB").then()
                .extract().asString().lines().count() - 1, "two countries, each matching one project");
        JsonNode array = JSON.readTree(RestAssured.given().get("/projects/export?format=json&tag=" + tag).then().statusCode(200)
                .extract().asString());
        assertEquals(2, array.size());
        assertEquals(tag + "-1", array.get(0).get("externalId").asText());
        assertEquals("KEN", array.get(0).get("countries").get(1).get("country").asText());
    }

    @Test
    void jsonImportUpsertsByExternalId() {
        String tag = unique("jimp");
        String body = """
                [{"externalId":"%s-a","title":"First","category":"SATELLITE","state":"PUBLISHED",
                  "countries":[{"country":"NGA","role":"HOST"}],"statusHistory":[{"status":"OPERATIONAL","date":"2007-05"}],
                  "tags":["%s"],"sources":[{"url":"https://example.org/s","publisher":"Example"}]},
                 {"externalId":"%s-b","title":"Second","category":"SATELLITE","countries":[{"country":"BOL","role":"HOST"}],
                  "statusHistory":[{"status":"AGREED","date":"2010"}],"tags":["%s"]}]""".formatted(tag, tag, tag, tag);
        json().body(body).post("/projects/import").then().statusCode(200).body("created", equalTo(2));
        json().body(body.replace("\"Second\"", "\"Second, renamed\"")).post("/projects/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        json().get("/projects?tag=" + tag + "&q=renamed").then().body("total", equalTo(1));
    }

    @Test
    void aBadRowRefusesTheWholeImportListingEveryError() {
        String tag = unique("bad");
        String org = unique("Maker");
        organisation(org, "CHN");
        String file = csv(tag, org,
                tag + "-3,Bad row,ROADS,PUBLISHED,XX:HOST,OPERATIONAL:2020,2019,-5,ABC,SUPPLIER:Nobody,BAD TAG,,,,",
                tag + "-1,Duplicate id,DATA_CENTRE,DRAFT,ZMB:HOST,AGREED:2019,,,,,,,,,",
                tag + "-5,Ragged,DATA_CENTRE");
        problem(RestAssured.given().contentType(CSV).accept("application/json").body(file).post("/projects/import").then(),
                422, "validation-failed")
                .body("errors.row", hasItem(4))
                .body("errors.findAll { it.row == 4 }.field", hasItem("category"))
                .body("errors.findAll { it.row == 4 }.field", hasItem("countries"))
                .body("errors.findAll { it.row == 4 }.field", hasItem("organisations"))
                .body("errors.findAll { it.row == 4 }.field", hasItem("tags"))
                .body("errors.findAll { it.row == 4 }.field", hasItem("value_currency"))
                .body("errors.findAll { it.row == 5 }.field", hasItem("external_id"))
                .body("errors.findAll { it.row == 6 }.message[0]", containsString("fields"));
        // Rows 2 and 3 were fine, but nothing was written.
        json().get("/projects?tag=" + tag).then().body("total", equalTo(0));

        // Every wrong member of a JSON row is named, and the row's other members are still checked.
        problem(json().body("[{\"externalId\":\"" + tag + "-j\",\"title\":\"x\",\"category\":\"ROADS\",\"colour\":\"red\","
                        + "\"countries\":[{\"country\":\"XX\",\"role\":\"HOST\"}],\"statusHistory\":[{\"status\":\"DONE\",\"date\":\"2020\"}]}, 7]")
                .post("/projects/import").then(), 422, "validation-failed")
                .body("errors.field", hasItem("/0/category"))
                .body("errors.field", hasItem("/0/colour"))
                .body("errors.field", hasItem("/0/statusHistory/0/status"))
                .body("errors.field", hasItem("/0/countries/0/country"))
                .body("errors.findAll { it.field == '/0/category' }.size()", equalTo(1))
                .body("errors.field", hasItem("/1"));
        problem(json().body("[{\"title\":\"no external id\",\"category\":\"STANDARDS\",\"countries\":[{\"country\":\"SGP\",\"role\":\"HOST\"}],"
                + "\"statusHistory\":[{\"status\":\"AGREED\",\"date\":\"2022\"}]}]").post("/projects/import").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/0/externalId"));
        problem(json().body("[{\"title\":").post("/projects/import").then(), 400, "malformed-request");
        problem(json().body("{}").post("/projects/import").then(), 422, "validation-failed");
        problem(RestAssured.given().contentType(CSV).accept("application/json").body("title,colour\nx,red\n").post("/projects/import").then(),
                422, "validation-failed")
                .body("errors.field", hasItem("colour")).body("errors.field", hasItem("external_id"));
    }

    @Test
    void exportFormatIsChecked() {
        problem(json().get("/projects/export?format=xml").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("format"));
    }

    @Test
    void spreadsheetQuirksAndUnreadableTextAreHandled() {
        String tag = unique("bom");
        // Excel's "CSV UTF-8" starts with a byte-order mark and may end with rows of empty cells.
        String file = "\uFEFFexternal_id,title,category,countries,status_history,tags\n"
                + tag + "-1,With BOM,DATA_CENTRE,KEN:HOST,AGREED:2020," + tag + "\n,,,,,\n";
        RestAssured.given().contentType(CSV).body(file.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/projects/import").then().statusCode(200).body("rows", equalTo(1)).body("created", equalTo(1));
        problem(RestAssured.given().contentType("text/csv; charset=ISO-8859-1").accept("application/json").body(file)
                .post("/projects/import").then(), 415, "unsupported-media-type");
        problem(RestAssured.given().contentType(CSV).accept("application/json")
                .body("external_id,title,category,countries,status_history\n" + tag + "-2,Bad \u0001 title,DATA_CENTRE,KEN:HOST,AGREED:2020\n")
                .post("/projects/import").then(), 422, "validation-failed")
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("title"));
        problem(json().body(project("Nul \\u0000 title", tag, null)).post("/projects").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("/title"));
        // An item that cannot be parsed hides only its own follow-up errors: the unknown country in item 1 is still named.
        problem(RestAssured.given().contentType(CSV).accept("application/json")
                .body("external_id,title,category,countries,status_history\n" + tag + "-3,Two errors,DATA_CENTRE,XX:HOST|KEN:CAPITAL,AGREED:2020\n")
                .post("/projects/import").then(), 422, "validation-failed")
                .body("errors.message", hasItem(containsString("item 1: unknown ISO 3166-1 country code")))
                .body("errors.message", hasItem(containsString("item 2: 'CAPITAL' is not one of")));
    }

    @Test
    void jsonDryRunWritesNothing() {
        String tag = unique("jdry");
        json().body("[{\"externalId\":\"" + tag + "\",\"title\":\"Dry\",\"category\":\"STANDARDS\",\"countries\":[{\"country\":\"SG\","
                + "\"role\":\"HOST\"}],\"statusHistory\":[{\"status\":\"AGREED\",\"date\":\"2022\"}],\"tags\":[\"" + tag + "\"]}]")
                .post("/projects/import?dryRun=true").then().statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(1));
        json().get("/projects?tag=" + tag).then().body("total", equalTo(0));
    }
}
