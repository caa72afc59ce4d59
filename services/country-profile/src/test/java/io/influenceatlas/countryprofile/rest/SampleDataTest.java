package io.influenceatlas.countryprofile.rest;

import io.influenceatlas.countryprofile.sample.SampleDataLoader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.influenceatlas.countryprofile.Api.json;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.empty;

/** The shipped sample loads on first start, is marked as sample, and every value carries a source. */
@QuarkusTest
class SampleDataTest {

    @Inject
    SampleDataLoader loader;

    @Test
    void loadsOnFirstStartOnly() {
        org.junit.jupiter.api.Assertions.assertFalse(loader.loadIfAbsent(), "a second load must be a no-op");
    }

    @Test
    void profilesCoverTheSeedCountriesAndThirtyPartners() {
        json().queryParam("sample", "true").queryParam("size", 500).get("/countries").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(34))
                .body("items.alpha3", hasItems("CHN", "MMR", "VNM", "SGP"))
                .body("items.profile.sources", everyItem(not(empty())));
    }

    @Test
    void atLeastTenSourcedIndicators() {
        json().queryParam("sample", "true").queryParam("size", 500).get("/indicators").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(10))
                .body("items.defaultSource.publisher", everyItem(not(emptyOrNullString())));
    }

    @Test
    void everySampleObservationHasAPublicSource() {
        int page = 1;
        int seen = 0;
        while (true) {
            var body = json().queryParam("sample", "true").queryParam("size", 500).queryParam("page", page)
                    .get("/observations").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            for (Map<String, Object> o : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> source = (Map<String, Object>) o.get("source");
                assertThat(o.toString(), (String) source.get("publisher"), not(emptyOrNullString()));
                assertThat(o.toString(), source.get("url") != null || source.get("title") != null);
            }
            seen += items.size();
            if (page >= body.getInt("totalPages")) {
                break;
            }
            page++;
        }
        assertThat(seen, greaterThanOrEqualTo(1000));
    }

    @Test
    void sampleEventsIncludeCounterMovesWithSources() {
        json().queryParam("sample", "true").queryParam("stance", "AWAY_FROM_CHINA").queryParam("size", 500)
                .get("/policy-events").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(3))
                .body("items.sources", everyItem(not(empty())));
        json().queryParam("sample", "true").queryParam("size", 500).get("/policy-events").then()
                .body("total", greaterThanOrEqualTo(30))
                .body("items.sample", everyItem(equalTo(true)));
    }
}
