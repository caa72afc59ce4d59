package io.influenceatlas.scoring.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A score run fed by the registry's aggregates: POST /runs of the default methodology against a running
 * suite (bench/run.sh starts it and imports the generated projects first), and, for comparison, the
 * single registry aggregate the largest indicator needs. Each invocation is one whole run, so the
 * mode is single-shot: the figure is the time a user waits for a run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(1)
public class RunBenchmark {

    static final String SCORING = System.getProperty("atlas.scoring.url", "http://localhost:8083");
    static final String REGISTRY = System.getProperty("atlas.registry.url", "http://localhost:8082");
    static final String RUN = "{\"methodology\":\"dsr-exposure\",\"year\":2024}";
    /** The default methodology's core-infrastructure lock-in aggregate, as the run asks for it. */
    static final String AGGREGATE = "/projects/aggregates?countryRole=HOST,LANDING&category=SUBMARINE_CABLE,TERRESTRIAL_FIBRE,"
            + "MOBILE_NETWORK,CORE_NETWORK,DATA_CENTRE,CLOUD_PLATFORM,SATELLITE,GROUND_STATION&status=AGREED,UNDER_CONSTRUCTION,"
            + "OPERATIONAL&organisationOrigin=CHN&weightBy=criticality,switchingCost,supplierRole,dataAccess&year=2024"
            + "&groupBy=country&includeProjects=true";

    HttpClient http;

    @Setup
    public void setUp() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Benchmark
    public String runDefaultMethodology() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(SCORING + "/runs"))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(RUN)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("run failed: " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    @Benchmark
    public String oneRegistryAggregate() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(REGISTRY + AGGREGATE)).timeout(Duration.ofMinutes(5))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("aggregate failed: " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
