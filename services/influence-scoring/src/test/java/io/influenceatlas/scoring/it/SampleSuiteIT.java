package io.influenceatlas.scoring.it;

import io.influenceatlas.embeddedpg.LocalSuite;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's run command, for real: the three packaged services (built earlier in the same
 * ./mvnw verify) on one embedded PostgreSQL with the sample data, on free ports. Checks that the
 * first run of the default methodology appears without anyone asking, and that it explains a score
 * with the registry's real projects: the contracts between the services, not stubs of them.
 */
class SampleSuiteIT {

    static LocalSuite suite;
    static Path data;
    static int scoring;

    @BeforeAll
    static void startSuite() throws Exception {
        Path root = Path.of("../..").toAbsolutePath().normalize();
        Map<Integer, Integer> ports = new HashMap<>();
        List<LocalSuite.ServiceSpec> specs = new ArrayList<>();
        for (LocalSuite.ServiceSpec s : LocalSuite.readSpecs()) {
            ports.put(s.port(), freePort());
        }
        for (LocalSuite.ServiceSpec s : LocalSuite.readSpecs()) {
            Map<String, String> env = new LinkedHashMap<>();
            s.env().forEach((k, v) -> {
                String moved = v;
                for (var p : ports.entrySet()) {
                    moved = moved.replace("localhost:" + p.getKey(), "localhost:" + p.getValue());
                }
                env.put(k, moved);
            });
            env.put("ATLAS_SCORING_FIRST_RUN_RETRY_EVERY", "1s");
            specs.add(new LocalSuite.ServiceSpec(s.name(), ports.get(s.port()), s.database(), env));
            if (s.name().equals("influence-scoring")) {
                scoring = ports.get(s.port());
            }
        }
        data = Files.createTempDirectory("atlas-suite-it");
        suite = LocalSuite.start(root, data, freePort(), specs);
    }

    @AfterAll
    static void stopSuite() throws IOException {
        if (suite != null) {
            suite.stop();
        }
        if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void aFirstRunOfTheDefaultMethodologyIsServedAndExplainedFromTheRealSources() throws Exception {
        String base = "http://localhost:" + scoring;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        Response latest;
        do {
            Thread.sleep(500);
            latest = RestAssured.get(base + "/runs/latest");
        } while (latest.statusCode() != 200 && Instant.now().isBefore(deadline));
        latest.then().statusCode(200)
                .body("methodology", equalTo("dsr-exposure"))
                .body("year", equalTo(2024))
                .body("countriesTotal", equalTo(249))
                .body("countriesScored", greaterThan(20))
                .body("frameworks", contains("main", "three-factors", "four-modalities"));

        RestAssured.get(base + "/runs/latest/ranking?size=5").then().statusCode(200)
                .body("ranking.items[0].rank", equalTo(1))
                .body("ranking.items[0].groups.keySet()", hasItem("counterweights"));
        // Pakistan: the PEACE cable lands there; its title and sources come from project-registry.
        RestAssured.get(base + "/runs/latest/countries/PAK").then().statusCode(200)
                .body("scored", equalTo(true))
                .body("indicators.find { it.code == 'core_infrastructure_lock_in' }.evidence.projects.title",
                        hasItem(startsWith("PEACE submarine cable")))
                .body("indicators.find { it.code == 'core_infrastructure_lock_in' }.evidence.projects[0].sources.size()", greaterThan(0))
                .body("indicators.find { it.code == 'china_index_technology' }.evidence.source.publisher", equalTo("Doublethink Lab"))
                .body("indicators.find { it.code == 'bri_member' }.evidence.attributeValue", startsWith("MoU of "))
                .body("indicators.find { it.code == 'us_security_alignment' }.evidence.attributeValue", not(equalTo(null)));
        assertTrue(scoring > 0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
