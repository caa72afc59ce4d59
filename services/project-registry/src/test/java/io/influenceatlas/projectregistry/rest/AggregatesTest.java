package io.influenceatlas.projectregistry.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static io.influenceatlas.projectregistry.Api.createProject;
import static io.influenceatlas.projectregistry.Api.json;
import static io.influenceatlas.projectregistry.Api.organisation;
import static io.influenceatlas.projectregistry.Api.problem;
import static io.influenceatlas.projectregistry.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Aggregates against a hand count over projects only this test tags. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregatesTest {

    final String tag = unique("agg");
    long a;
    long b;
    long c;

    String body(String category, String countries, String history, String lockIn, String value, String state, String orgs) {
        return """
                {"title":"Aggregate fixture","category":"%s","state":"%s","countries":%s,"statusHistory":%s,"lockIn":%s,
                 %s "organisations":%s,"tags":["%s"],"sources":[{"url":"https://example.org/x","publisher":"Example"}]}"""
                .formatted(category, state, countries, history, lockIn, value, orgs, tag);
    }

    // Once per class (the instance lives for the class); RestAssured knows the port only from the first test on.
    @BeforeEach
    void projects() {
        if (a != 0) {
            return;
        }
        long cn = organisation(unique("CN supplier"), "CHN");
        long se = organisation(unique("SE supplier"), "SWE");
        // a: KEN host + TZA landing, backbone/high, operational since 2019 (agreed 2016), 100m USD, Chinese supplier.
        a = createProject(body("SUBMARINE_CABLE", "[{\"country\":\"KEN\",\"role\":\"LANDING\"},{\"country\":\"TZA\",\"role\":\"LANDING\"}]",
                "[{\"status\":\"AGREED\",\"date\":\"2016\"},{\"status\":\"OPERATIONAL\",\"date\":\"2019-03\"}]",
                "{\"layerCriticality\":\"BACKBONE\",\"switchingCost\":\"HIGH\"}", "\"value\":{\"amount\":100000000,\"currency\":\"USD\"},",
                "PUBLISHED", "[{\"id\":%d,\"role\":\"SUPPLIER\"}]".formatted(cn)));
        // b: KEN host, edge/low, operational 2021, no value, Swedish supplier.
        b = createProject(body("SUBMARINE_CABLE", "[{\"country\":\"KEN\",\"role\":\"HOST\"}]",
                "[{\"status\":\"OPERATIONAL\",\"date\":\"2021\"}]",
                "{\"layerCriticality\":\"EDGE\",\"switchingCost\":\"LOW\"}", "", "PUBLISHED",
                "[{\"id\":%d,\"role\":\"SUPPLIER\"}]".formatted(se)));
        // c: KEN host, no lock-in coding, 50m USD, Chinese supplier.
        c = createProject(body("DATA_CENTRE", "[{\"country\":\"KEN\",\"role\":\"HOST\"}]",
                "[{\"status\":\"UNDER_CONSTRUCTION\",\"date\":\"2020\"}]", "null",
                "\"value\":{\"amount\":50000000,\"currency\":\"USD\"},", "PUBLISHED", "[{\"id\":%d,\"role\":\"SUPPLIER\"}]".formatted(cn)));
        // A draft: left out unless drafts are asked for.
        createProject(body("DATA_CENTRE", "[{\"country\":\"KEN\",\"role\":\"HOST\"}]",
                "[{\"status\":\"ANNOUNCED\",\"date\":\"2022\"}]", "null", "", "DRAFT", "[]"));
    }

    List<Map<String, Object>> rows(String query) {
        return json().get("/projects/aggregates?tag=" + tag + "&" + query).then().statusCode(200).extract().jsonPath().getList("rows");
    }

    @Test
    void countsPerCountryCategoryStatusMatchAHandCount() {
        List<Map<String, Object>> rows = rows("");
        // KEN × cable × OPERATIONAL: a and b; KEN × data centre × UNDER_CONSTRUCTION: c; TZA × cable × OPERATIONAL: a.
        assertEquals(3, rows.size());
        assertEquals(Map.of("country", "KEN", "category", "DATA_CENTRE", "status", "UNDER_CONSTRUCTION", "projects", 1,
                "valuedProjects", 1, "valueUsd", 50000000, "criticalityWeighted", 0.5f, "lockInWeighted", 1,
                "lockInWeightedValueUsd", 50000000), rows.get(0));
        assertEquals("SUBMARINE_CABLE", rows.get(1).get("category"));
        assertEquals(2, rows.get(1).get("projects"));
        assertEquals(1, rows.get(1).get("valuedProjects"));
        assertEquals(100000000, rows.get(1).get("valueUsd"));
        // BACKBONE 1.0 + EDGE 0.2
        assertEquals(1.2f, rows.get(1).get("criticalityWeighted"));
        assertEquals("TZA", rows.get(2).get("country"));
        assertEquals(1, rows.get(2).get("projects"));
    }

    @Test
    void weightsStatusesAsOfAYearAndProjectIds() {
        // criticality × switching cost: a 1.0×1.0, b 0.2×0.3 = 0.06 ; c 0.5×0.5 = 0.25
        List<Map<String, Object>> rows = rows("country=KEN&groupBy=country&weightBy=criticality,switchingCost&includeProjects=true");
        assertEquals(1, rows.size(), rows::toString);
        assertEquals(3, rows.get(0).get("projects"));
        assertEquals(1.31f, rows.get(0).get("lockInWeighted"));
        assertEquals(List.of((int) a, (int) b, (int) c), rows.get(0).get("projectIds"));
        // At the end of 2018, a was only AGREED, b and c had no status yet.
        rows = rows("groupBy=country,status&year=2018");
        assertEquals(2, rows.size());
        assertEquals("AGREED", rows.get(0).get("status"));
        assertEquals(List.of("KEN", "TZA"), rows.stream().map(r -> r.get("country")).toList());
        // Several countries: each keeps its own group.
        rows = rows("country=KEN,TZA&groupBy=country");
        assertEquals(List.of("KEN", "TZA"), rows.stream().map(r -> r.get("country")).toList());
        assertEquals(List.of(3, 1), rows.stream().map(r -> r.get("projects")).toList());
        // Only projects with a Chinese supplier, counted once in total.
        rows = rows("supplierOrigin=CHN&groupBy=none");
        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).get("projects"));
        assertEquals(150000000, rows.get(0).get("valueUsd"));
        // Drafts on request; roles grouped with countries.
        assertEquals(4, rows("state=DRAFT,PUBLISHED&groupBy=none").get(0).get("projects"));
        rows = rows("groupBy=country,role&countryRole=LANDING");
        assertEquals(List.of("KEN", "TZA"), rows.stream().map(r -> r.get("country")).toList());
        assertEquals(List.of("LANDING", "LANDING"), rows.stream().map(r -> r.get("role")).toList());
    }

    @Test
    void badAggregateParameters() {
        problem(json().get("/projects/aggregates?groupBy=colour").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("groupBy"));
        problem(json().get("/projects/aggregates?groupBy=role").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("groupBy"));
        problem(json().get("/projects/aggregates?weightBy=size").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("weightBy"));
        problem(json().get("/projects/aggregates?year=20x").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("year"));
        json().get("/projects/aggregates").then().statusCode(200).body("weights.criticality.BACKBONE", equalTo(1.0f));
    }

    @Test
    void theStatusAsOfAYearIsTheLastEntryDatedByThen() {
        // Dates of mixed precision: OPERATIONAL "2019" follows AGREED "2019-06"; at the end of 2019 it is OPERATIONAL.
        String own = unique("asof");
        createProject(body("DATA_CENTRE", "[{\"country\":\"UGA\",\"role\":\"HOST\"}]",
                "[{\"status\":\"AGREED\",\"date\":\"2019-06\"},{\"status\":\"OPERATIONAL\",\"date\":\"2019\"}]", "null", "",
                "PUBLISHED", "[]").replace(tag, own));
        List<Map<String, Object>> rows = json().get("/projects/aggregates?tag=" + own + "&groupBy=status&year=2019").then()
                .statusCode(200).extract().jsonPath().getList("rows");
        assertEquals(1, rows.size());
        assertEquals("OPERATIONAL", rows.get(0).get("status"));
        assertEquals(0, json().get("/projects/aggregates?tag=" + own + "&groupBy=status&year=2018").then()
                .extract().jsonPath().getList("rows").size());
    }
}
