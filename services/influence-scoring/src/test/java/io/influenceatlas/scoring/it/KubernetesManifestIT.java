package io.influenceatlas.scoring.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manifest operators apply (k8s/influence-scoring.yml) must say what the build generates.
 * Compared as YAML documents, since the generator does not keep label order stable. When this
 * fails, copy target/kubernetes/kubernetes.yml over k8s/influence-scoring.yml (keep the banner).
 */
class KubernetesManifestIT {

    static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void committedManifestMatchesTheGeneratedOne() throws Exception {
        Path generated = Path.of("target/kubernetes/kubernetes.yml");
        assertTrue(Files.exists(generated), "run the package phase first");
        assertEquals(documents(generated), documents(Path.of("../../k8s/influence-scoring.yml")),
                "k8s/influence-scoring.yml is stale: copy target/kubernetes/kubernetes.yml over it (keep the banner)");
    }

    private static List<JsonNode> documents(Path file) throws Exception {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            return YAML.readValues(parser, JsonNode.class).readAll();
        }
    }
}
