package io.influenceatlas.scoring;

import com.github.tomakehurst.wiremock.client.WireMock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.influenceatlas.scoring.WireMockSources.countryProfile;
import static io.influenceatlas.scoring.WireMockSources.projectRegistry;

/**
 * A small world served by the WireMock stand-ins: four countries (Kenya, Viet Nam, Pakistan with
 * profiles; Iceland without), one indicator "test_index" and GDP, registry aggregates and policy events.
 * The values are chosen so that the expected scores can be worked out by hand (see RunResourceTest).
 */
public final class Stubs {

    public static final String COUNTRIES = """
            {"items":[
             {"alpha2":"IS","alpha3":"ISL","numeric":"352","name":"Iceland","region":{"code":"150","name":"Europe"},
              "subregion":{"code":"154","name":"Northern Europe"},"profile":{"country":"ISL","briMember":false,"sources":[]}},
             {"alpha2":"KE","alpha3":"KEN","numeric":"404","name":"Kenya","region":{"code":"002","name":"Africa"},
              "subregion":{"code":"202","name":"Sub-Saharan Africa"},"intermediateRegion":{"code":"014","name":"Eastern Africa"},
              "profile":{"country":"KEN","briMouDate":"2018-09-03","dsrMouDate":null,"regimeType":"ELECTORAL_AUTOCRACY",
               "personalist":false,"usAlignment":"MAJOR_NON_NATO_ALLY","chinaThreatPerception":"LOW","sources":[]}},
             {"alpha2":"PK","alpha3":"PAK","numeric":"586","name":"Pakistan","region":{"code":"142","name":"Asia"},
              "subregion":{"code":"034","name":"Southern Asia"},
              "profile":{"country":"PAK","briMouDate":"2013-07-05","regimeType":"ELECTORAL_AUTOCRACY","personalist":false,
               "usAlignment":"MAJOR_NON_NATO_ALLY","chinaThreatPerception":"LOW","sources":[]}},
             {"alpha2":"VN","alpha3":"VNM","numeric":"704","name":"Viet Nam","region":{"code":"142","name":"Asia"},
              "subregion":{"code":"035","name":"South-eastern Asia"},
              "profile":{"country":"VNM","briMouDate":"2017-11-12","regimeType":"CLOSED_AUTOCRACY","personalist":false,
               "usAlignment":"NON_ALIGNED","chinaThreatPerception":"HIGH","sources":[]}}],
             "page":1,"size":500,"total":4,"totalPages":1}""";

    static final String SOURCE = "{\"url\":\"https://example.org/index\",\"publisher\":\"Example Institute\",\"title\":\"Index 2024\"}";

    public static final String TEST_INDEX = """
            {"items":[
             {"country":"KEN","indicator":"test_index","year":2024,"value":40,"source":%s,"sample":false,"version":0},
             {"country":"PAK","indicator":"test_index","year":2024,"value":20,"source":%s,"sample":false,"version":0},
             {"country":"VNM","indicator":"test_index","year":2023,"value":60.0,"source":%s,"sample":false,"version":0}],
             "page":1,"size":500,"total":3,"totalPages":1}""".formatted(SOURCE, SOURCE, SOURCE);

    public static final String AGGREGATES = """
            {"groupBy":["country"],"weightBy":["criticality"],"weights":{},
             "rows":[{"country":"KEN","projects":2,"valuedProjects":1,"valueUsd":500000000,"criticalityWeighted":1.8,
                      "lockInWeighted":2.5,"lockInWeightedValueUsd":400000000,"projectIds":[11,12]},
                     {"country":"VNM","projects":1,"valuedProjects":0,"valueUsd":0,"criticalityWeighted":0.5,
                      "lockInWeighted":0.5,"lockInWeightedValueUsd":0,"projectIds":[13]}]}""";

    public static final String EVENTS = """
            {"items":[
             {"id":7,"country":"VNM","date":"2024-02-01","type":"VENDOR_SELECTION","stance":"AWAY_FROM_CHINA","title":"Viettel picks Ericsson",
              "lenses":[],"sources":[%s],"sample":false,"version":0},
             {"id":6,"country":"VNM","date":"2021-06-01","type":"VENDOR_EXCLUSION","stance":"AWAY_FROM_CHINA","title":"Core without Huawei",
              "lenses":[],"sources":[%s],"sample":false,"version":0},
             {"id":5,"country":"KEN","date":"2022-03-01","type":"DIGITAL_COOPERATION_MOU","stance":"TOWARD_CHINA","title":"Digital MoU",
              "lenses":[],"sources":[%s],"sample":false,"version":0}],
             "page":1,"size":500,"total":3,"totalPages":1}""".formatted(SOURCE, SOURCE, SOURCE);

    public static final String PROJECTS = """
            {"items":[
             {"id":11,"title":"Mombasa landing station","category":"SUBMARINE_CABLE","status":"OPERATIONAL",
              "sources":[{"url":"https://example.org/cable","publisher":"Cable press","title":"Cable lands"}]},
             {"id":12,"title":"Konza data centre","category":"DATA_CENTRE","status":"OPERATIONAL",
              "sources":[{"url":"https://example.org/dc","publisher":"Tech news"}]}],
             "page":1,"size":500,"total":2,"totalPages":1}""";

    private Stubs() {
    }

    /** The small world, replacing whatever stubs earlier tests left. */
    public static void world() {
        countryProfile.resetAll();
        projectRegistry.resetAll();
        countryProfile.stubFor(get(urlPathEqualTo("/countries")).willReturn(okJson(COUNTRIES)));
        countryProfile.stubFor(get(urlPathMatching("/countries/[^/]+")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"title\":\"Not found\"}")));
        countryProfile.stubFor(get(urlPathEqualTo("/countries/CHN")).atPriority(1)
                .willReturn(okJson("{\"alpha2\":\"CN\",\"alpha3\":\"CHN\",\"name\":\"China\"}")));
        countryProfile.stubFor(get(urlPathMatching("/indicators/[^/]+")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"title\":\"Not found\"}")));
        countryProfile.stubFor(get(urlPathEqualTo("/indicators/test_index")).atPriority(1)
                .willReturn(okJson("{\"code\":\"test_index\",\"name\":\"Test index\"}")));
        countryProfile.stubFor(get(urlPathMatching("/indicators/[^/]+/cross-section")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"title\":\"Not found\"}")));
        countryProfile.stubFor(get(urlPathEqualTo("/indicators/test_index/cross-section")).atPriority(1)
                .withQueryParam("year", equalTo("2024")).withQueryParam("maxAge", equalTo("2"))
                .willReturn(okJson(TEST_INDEX)));
        countryProfile.stubFor(get(urlPathEqualTo("/policy-events")).willReturn(okJson(EVENTS)));
        projectRegistry.stubFor(get(urlPathEqualTo("/projects/aggregates")).willReturn(okJson(AGGREGATES)));
        projectRegistry.stubFor(get(urlPathEqualTo("/projects")).willReturn(okJson(PROJECTS)));
    }

    /**
     * Enough for the default methodology: every indicator exists and every cross-section gives Kenya,
     * Pakistan and Viet Nam a value (Iceland none), with the world's aggregates and events.
     */
    public static void generic() {
        world();
        countryProfile.stubFor(get(urlPathMatching("/indicators/[^/]+")).atPriority(5)
                .willReturn(okJson("{\"code\":\"any\",\"name\":\"Any\"}")));
        countryProfile.stubFor(get(urlPathMatching("/indicators/[^/]+/cross-section")).atPriority(5)
                .willReturn(okJson(TEST_INDEX)));
    }

    /** Every call to the service answers 503, as a service that is down behind its load balancer. */
    public static void down(com.github.tomakehurst.wiremock.WireMockServer server) {
        server.resetAll();
        server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(aResponse().withStatus(503)));
    }
}
