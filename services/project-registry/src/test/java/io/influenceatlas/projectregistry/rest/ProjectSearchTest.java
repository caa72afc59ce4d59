package io.influenceatlas.projectregistry.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static io.influenceatlas.projectregistry.Api.createProject;
import static io.influenceatlas.projectregistry.Api.json;
import static io.influenceatlas.projectregistry.Api.organisation;
import static io.influenceatlas.projectregistry.Api.problem;
import static io.influenceatlas.projectregistry.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Every search filter, sorting and paging, over a set of projects only this test tags. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectSearchTest {

    final String tag = unique("search");
    long chinese;
    long swedish;
    long cable;
    long datacentre;
    long payment;

    static String body(String title, String category, String countries, String statuses, String extra, String tag) {
        return """
                {"title":"%s","description":"%s","category":"%s","state":"PUBLISHED","countries":%s,"statusHistory":%s,
                 "tags":["%s"],"sources":[{"url":"https://example.org/a","publisher":"Example"}]%s}"""
                .formatted(title, "About " + title, category, countries, statuses, tag, extra);
    }

    // Once per class (the instance lives for the class); RestAssured knows the port only from the first test on.
    @BeforeEach
    void projects() {
        if (cable != 0) {
            return;
        }
        chinese = organisation(unique("Chinese Vendor"), "CHN");
        swedish = organisation(unique("Swedish Vendor"), "SWE");
        cable = createProject(body("Zanzibar seabed cable", "SUBMARINE_CABLE",
                "[{\"country\":\"TZA\",\"role\":\"LANDING\"},{\"country\":\"KEN\",\"role\":\"LANDING\"}]",
                "[{\"status\":\"AGREED\",\"date\":\"2015\"},{\"status\":\"OPERATIONAL\",\"date\":\"2017-06\"}]",
                ",\"value\":{\"amount\":90000000,\"currency\":\"USD\"},\"organisations\":[{\"id\":%d,\"role\":\"SUPPLIER\"}]".formatted(chinese), tag));
        datacentre = createProject(body("Lusaka national data centre", "DATA_CENTRE",
                "[{\"country\":\"ZMB\",\"role\":\"HOST\"}]",
                "[{\"status\":\"UNDER_CONSTRUCTION\",\"date\":\"2019\"}]",
                ",\"value\":{\"amount\":5000000000,\"currency\":\"ZMW\",\"usd\":250000000},\"organisations\":[{\"id\":%d,\"role\":\"SUPPLIER\"},{\"id\":%d,\"role\":\"FINANCIER\"}],\"qualityGrade\":\"A\"".formatted(swedish, chinese), tag));
        payment = createProject(body("Wallet stake", "DIGITAL_PAYMENT",
                "[{\"country\":\"KEN\",\"role\":\"HOST\"}]",
                "[{\"status\":\"ANNOUNCED\",\"date\":\"2021-03-02\"}]", ",\"tags\":[\"" + tag + "\",\"fintech\"]", tag)
                .replace("\"tags\":[\"" + tag + "\"],", ""));
    }

    List<Integer> ids(String query) {
        return json().get("/projects?tag=" + tag + "&sort=id&" + query).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void filtersCombine() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) cable, (int) datacentre, (int) payment), ids(""));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) cable, (int) payment), ids("country=KE"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) cable, (int) datacentre, (int) payment), ids("country=KEN,ZMB"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) cable, (int) datacentre), ids("country=ZM&country=TZA&country=TZ"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) cable, (int) payment), ids("country=KE,KEN"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) payment), ids("country=KEN&countryRole=HOST"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) cable), ids("countryRole=LANDING"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) datacentre, (int) payment), ids("category=DATA_CENTRE,DIGITAL_PAYMENT"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) cable), ids("status=OPERATIONAL"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) cable, (int) datacentre), ids("organisation=" + chinese));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) datacentre), ids("organisation=" + chinese + "&organisationRole=FINANCIER"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) cable), ids("supplierOrigin=CN"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) cable, (int) datacentre), ids("organisationOrigin=CN"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) datacentre), ids("organisationOrigin=CHN&organisationRole=FINANCIER"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) datacentre), ids("organisationOrigin=SWE,NOR"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) datacentre, (int) payment), ids("fromYear=2019"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) cable, (int) datacentre), ids("toYear=2020"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) datacentre), ids("minValueUsd=100000000"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) cable), ids("maxValueUsd=100000000"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) payment), ids("tag=fintech&tag=" + tag + "&q=wallet"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) datacentre), ids("q=lusaka -cable"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of((int) datacentre), ids("qualityGrade=A"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), ids("state=DRAFT"));
    }

    @Test
    void sortsAndPages() {
        List<String> links = json().get("/projects?tag=" + tag + "&sort=-valueUsd&size=2").then().statusCode(200)
                .body("items.id", contains((int) datacentre, (int) cable))
                .body("total", equalTo(3)).body("totalPages", equalTo(2))
                .extract().headers().getValues("Link");
        org.junit.jupiter.api.Assertions.assertTrue(links.stream().anyMatch(l -> l.contains("page=2") && l.contains("rel=\"next\"")), links::toString);
        json().get("/projects?tag=" + tag + "&sort=-valueUsd&size=2&page=2").then()
                .body("items.id", contains((int) payment));
        json().get("/projects?tag=" + tag + "&sort=firstYear").then()
                .body("items.id", contains((int) cable, (int) datacentre, (int) payment));
        json().get("/projects?tag=" + tag + "&sort=title").then()
                .body("items.title", contains("Lusaka national data centre", "Wallet stake", "Zanzibar seabed cable"));
        json().get("/projects?tag=" + tag + "&sort=-title").then()
                .body("items.title", contains("Zanzibar seabed cable", "Wallet stake", "Lusaka national data centre"));
    }

    @Test
    void badParametersAreNamed() {
        problem(json().get("/projects?country=XX").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("country"));
        problem(json().get("/projects?category=ROADS").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("category"));
        problem(json().get("/projects?fromYear=2020&toYear=2019").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("toYear"));
        problem(json().get("/projects?minValueUsd=-1").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("minValueUsd"));
        problem(json().get("/projects?sort=colour").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("sort"));
        problem(json().get("/projects?organisation=abc").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("organisation"));
        problem(json().get("/projects?minValueUsd=1e1000000").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("minValueUsd"));
        problem(json().get("/projects/1?asOf=+999999999-12-31T00:00:00Z").then(), 400, "invalid-parameter").body("errors[0].field", equalTo("asOf"));
    }
}
