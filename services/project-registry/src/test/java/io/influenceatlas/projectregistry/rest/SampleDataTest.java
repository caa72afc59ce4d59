package io.influenceatlas.projectregistry.rest;

import io.influenceatlas.projectregistry.domain.Category;
import io.influenceatlas.projectregistry.sample.SampleDataLoader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.influenceatlas.projectregistry.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped sample: loaded once, sourced, covering every category, many countries, and counter-moves. */
@QuarkusTest
class SampleDataTest {

    @Inject
    SampleDataLoader loader;

    @Test
    void theSampleIsLoadedOnceAndCoversTheRegistry() {
        assertFalse(loader.loadIfAbsent(), "the first start loaded it; a second load must not");
        JsonPath page = json().get("/projects?sample=true&size=500").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> projects = page.getList("items");
        assertTrue(projects.size() >= 40, "at least 40 sample projects: " + projects.size());
        Set<String> categories = new HashSet<>();
        Set<String> countries = new HashSet<>();
        for (Map<String, Object> p : projects) {
            categories.add((String) p.get("category"));
            assertEquals("PUBLISHED", p.get("state"));
            assertFalse(((List<?>) p.get("sources")).isEmpty(), "every sample project has a source: " + p.get("title"));
            for (Object c : (List<?>) p.get("countries")) {
                countries.add((String) ((Map<?, ?>) c).get("country"));
            }
        }
        assertEquals(new HashSet<>(Arrays.stream(Category.values()).map(Enum::name).toList()), categories);
        assertTrue(countries.size() >= 15, "at least 15 countries: " + countries);
        assertTrue(projects.stream().anyMatch(p -> ((List<?>) p.get("tags")).contains("counter-move")),
                "counter-moves (non-Chinese suppliers chosen) are in the sample");
        json().get("/projects?sample=true&supplierOrigin=CHN&size=1").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(20));
        json().get("/organisations?sample=true&q=huawei").then().statusCode(200)
                .body("items.find { it.name == 'Huawei Technologies Co., Ltd.' }.listings.list", org.hamcrest.Matchers.hasItem("US_ENTITY_LIST"));
    }

    @Test
    void aSampleRecordAnAnalystEditsIsNoLongerSample() {
        int id = json().get("/projects?sample=true&category=SAFE_CITY&sort=-id&size=1").then().extract().path("items[0].id");
        String etag = json().get("/projects/" + id).then().extract().header("ETag");
        var unchanged = json().contentType("application/merge-patch+json").header("If-Match", etag).body("{}")
                .patch("/projects/" + id);
        assertEquals(200, unchanged.statusCode(), unchanged.asString());
        assertEquals(etag, unchanged.header("ETag"));
        assertEquals(true, unchanged.jsonPath().getBoolean("sample"));
        json().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"qualityGrade\":\"D\"}")
                .patch("/projects/" + id).then().statusCode(200).body("sample", org.hamcrest.Matchers.equalTo(false));
    }
}
