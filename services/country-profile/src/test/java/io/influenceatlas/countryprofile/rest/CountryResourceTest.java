package io.influenceatlas.countryprofile.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.influenceatlas.countryprofile.Api.json;
import static io.influenceatlas.countryprofile.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class CountryResourceTest {

    @Test
    void listsAllIsoCountriesInPages() {
        json().get("/countries")
                .then().statusCode(200)
                .body("total", equalTo(249))
                .body("page", equalTo(1))
                .body("size", equalTo(50))
                .body("totalPages", equalTo(5))
                .body("items", hasSize(50))
                .body("items[0].name", equalTo("Afghanistan"));
        var links = json().get("/countries").then().extract().headers().getValues("Link");
        org.hamcrest.MatcherAssert.assertThat(links, hasItem(containsString("page=2&size=50>; rel=\"next\"")));
        json().queryParam("page", 5).get("/countries")
                .then().statusCode(200)
                .body("items", hasSize(49));
        json().queryParam("page", 6).get("/countries")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void linkHeadersFollowRfc8288AndKeepFilters() {
        var headers = json().queryParam("region", "Asia").queryParam("size", 10).queryParam("page", 2)
                .get("/countries").then().statusCode(200).extract().headers().getValues("Link");
        String all = String.join(", ", headers);
        org.hamcrest.MatcherAssert.assertThat(all, containsString("region=Asia"));
        org.hamcrest.MatcherAssert.assertThat(all, containsString("page=1&size=10>; rel=\"first\""));
        org.hamcrest.MatcherAssert.assertThat(all, containsString("page=1&size=10>; rel=\"prev\""));
        org.hamcrest.MatcherAssert.assertThat(all, containsString("page=3&size=10>; rel=\"next\""));
        org.hamcrest.MatcherAssert.assertThat(all, containsString("page=5&size=10>; rel=\"last\""));
    }

    @Test
    void looksUpByAlpha2OrAlpha3CaseInsensitively() {
        for (String code : new String[]{"vn", "VN", "vnm", "VNM"}) {
            json().get("/countries/" + code).then().statusCode(200)
                    .header("ETag", notNullValue())
                    .body("alpha2", equalTo("VN"))
                    .body("alpha3", equalTo("VNM"))
                    .body("numeric", equalTo("704"))
                    .body("name", equalTo("Viet Nam"))
                    .body("region.code", equalTo("142"))
                    .body("subregion.name", equalTo("South-eastern Asia"));
        }
    }

    @Test
    void unknownCountryIs404Problem() {
        problem(json().get("/countries/XX").then(), 404, "not-found")
                .body("detail", containsString("XX"))
                .body("instance", equalTo("/countries/XX"));
        problem(json().get("/countries/ABCD/profile").then(), 404, "not-found");
    }

    @Test
    void filtersByRegionSubregionAndIntermediateRegion() {
        json().queryParam("subregion", "South-eastern Asia").queryParam("size", 500).get("/countries")
                .then().statusCode(200)
                .body("total", equalTo(11))
                .body("items.alpha3", hasItems("MMR", "VNM", "SGP", "IDN"));
        json().queryParam("region", "002").queryParam("size", 500).get("/countries")
                .then().statusCode(200)
                .body("total", equalTo(60))
                .body("items.region.name", everyItem(equalTo("Africa")));
        json().queryParam("subregion", "eastern africa").queryParam("size", 500).get("/countries")
                .then().statusCode(200)
                .body("total", equalTo(22))
                .body("items.alpha3", hasItems("KEN", "ETH", "ZWE"));
    }

    @Test
    void filtersByProfileAttributes() {
        json().queryParam("bri", "true").queryParam("size", 500).get("/countries")
                .then().statusCode(200)
                .body("items.profile.briMember", everyItem(equalTo(true)))
                .body("items.alpha3", hasItem("MMR"));
        json().queryParam("dsr", "true").queryParam("size", 500).get("/countries")
                .then().statusCode(200)
                .body("items.profile.dsrMou", everyItem(equalTo(true)))
                .body("items.alpha3", hasItems("EGY", "LAO", "SAU", "SRB", "THA", "TUR", "ARE"));
        json().queryParam("regimeType", "closed_autocracy,ELECTORAL_AUTOCRACY").queryParam("size", 500).get("/countries")
                .then().statusCode(200)
                .body("items.profile.regimeType", everyItem(org.hamcrest.Matchers.oneOf("CLOSED_AUTOCRACY", "ELECTORAL_AUTOCRACY")))
                .body("items.alpha3", hasItem("CHN"));
        json().queryParam("alignment", "TREATY_ALLY").queryParam("size", 500).get("/countries")
                .then().statusCode(200)
                .body("items.profile.usAlignment", everyItem(equalTo("TREATY_ALLY")))
                .body("items.alpha3", hasItem("PHL"));
    }

    @Test
    void freeTextMatchesNamesAndExactCodes() {
        json().queryParam("q", "viet").get("/countries").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].alpha3", equalTo("VNM"));
        json().queryParam("q", "sg").get("/countries").then().statusCode(200)
                .body("items.alpha3", hasItem("SGP"));
        json().queryParam("q", "100%_").get("/countries").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void sortsByAnyAllowedKeyWithAccentsInLanguageOrder() {
        json().queryParam("sort", "-name").queryParam("size", 1).get("/countries")
                .then().statusCode(200).body("items[0].name", equalTo("Zimbabwe"));
        json().queryParam("sort", "name").queryParam("q", "land").queryParam("size", 500).get("/countries")
                .then().statusCode(200).body("items[0].name", equalTo("Åland Islands"));
        json().queryParam("sort", "region,-numeric").queryParam("size", 1).get("/countries")
                .then().statusCode(200).body("items[0].region.name", equalTo("Africa"));
    }

    @Test
    void badPagingAndFilterParametersAre400NamingTheParameter() {
        problem(json().queryParam("size", 501).get("/countries").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("size"));
        problem(json().queryParam("size", "ten").get("/countries").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("size"));
        problem(json().queryParam("page", 0).get("/countries").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("page"));
        problem(json().queryParam("sort", "population").get("/countries").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", containsString("allowed"));
        problem(json().queryParam("sort", "name,-name").get("/countries").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("sort"));
        problem(json().queryParam("bri", "yes").get("/countries").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("bri"));
        problem(json().queryParam("alignment", "FRIEND").get("/countries").then(), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("alignment"));
    }

    @Test
    void countryEmbedsItsProfile() {
        json().get("/countries/MMR").then().statusCode(200)
                .body("profile.country", equalTo("MMR"))
                .body("profile.sample", equalTo(true))
                .body("profile.sources", not(empty()));
    }
}
