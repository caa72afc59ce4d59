package io.influenceatlas.countryprofile.it;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manifest operators apply (k8s/country-profile.yml) must be exactly what the build generates:
 * regenerate with ./mvnw package and copy target/kubernetes/kubernetes.yml when this fails.
 */
class KubernetesManifestIT {

    @Test
    void committedManifestMatchesTheGeneratedOne() throws Exception {
        Path generated = Path.of("target/kubernetes/kubernetes.yml");
        Path committed = Path.of("../../k8s/country-profile.yml");
        assertTrue(Files.exists(generated), "run the package phase first");
        String expected = Files.readString(generated);
        String actual = Files.readString(committed);
        assertEquals(expected, actual.substring(actual.indexOf("---")),
                "k8s/country-profile.yml is stale: copy target/kubernetes/kubernetes.yml over it (keep the banner)");
    }
}
