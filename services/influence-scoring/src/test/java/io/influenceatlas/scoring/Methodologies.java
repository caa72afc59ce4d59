package io.influenceatlas.scoring;

import static io.influenceatlas.scoring.Api.json;

/** A small methodology over the {@link Stubs} world, and helpers to store one. */
public final class Methodologies {

    private Methodologies() {
    }

    /**
     * composite = ½·infra + ½·profile; infra = registry_projects; profile = ½·test_index + ¼·net_events + ¼·alignment.
     * {@code extra} is spliced into the top level (with a leading comma) or empty.
     */
    public static String small(String key, String extra) {
        return """
                {"key":"%s","name":"Small test methodology","description":"Four indicators, one of each source kind.",
                 "minCoverage":0.75,
                 "framework":{"code":"composite","name":"Composite","children":[
                   {"code":"infra","name":"Infrastructure","weight":0.5,"children":[{"indicator":"registry_projects","weight":1}]},
                   {"code":"profile","name":"Profile","weight":0.5,"children":[
                     {"indicator":"test_index","weight":0.5},{"indicator":"net_events","weight":0.25},
                     {"indicator":"alignment","weight":0.25}]}]},
                 "indicators":[
                   {"code":"registry_projects","name":"Registry projects","direction":"POSITIVE",
                    "source":{"kind":"REGISTRY_METRIC","roles":["HOST","LANDING"],"statuses":["OPERATIONAL"],"measure":"COUNT",
                              "weightBy":["CRITICALITY"],"organisationOrigin":"CHN"}},
                   {"code":"test_index","name":"Test index","normalisation":{"kind":"GOALPOSTS","lower":0,"upper":100},
                    "source":{"kind":"PROFILE_INDICATOR","indicator":"test_index","maxAge":2}},
                   {"code":"net_events","name":"Net policy stance",
                    "source":{"kind":"POLICY_EVENTS","windowYears":5,"measure":"NET_STANCE"}},
                   {"code":"alignment","name":"U.S. alignment","direction":"NEGATIVE",
                    "normalisation":{"kind":"GOALPOSTS","lower":0,"upper":4},
                    "source":{"kind":"PROFILE_ATTRIBUTE","attribute":"US_ALIGNMENT",
                              "scores":{"TREATY_ALLY":4,"MAJOR_NON_NATO_ALLY":3,"PARTNER":2,"NON_ALIGNED":1,"ALIGNED_WITH_CHINA":0}}}],
                 "lenses":[{"code":"flat","name":"Flat","root":{"code":"all","children":[
                   {"indicator":"registry_projects","weight":0.25},{"indicator":"test_index","weight":0.25},
                   {"indicator":"net_events","weight":0.25},{"indicator":"alignment","weight":0.25}]}}]%s}"""
                .formatted(key, extra == null ? "" : extra);
    }

    /** Creates and publishes the small methodology under a fresh key; returns the key. */
    public static String publishedSmall() {
        String key = Api.unique("small");
        String etag = json().body(small(key, null)).post("/methodologies").then().statusCode(201).extract().header("ETag");
        json().header("If-Match", etag).post("/methodologies/" + key + "/versions/1/publish").then().statusCode(200);
        return key;
    }
}
