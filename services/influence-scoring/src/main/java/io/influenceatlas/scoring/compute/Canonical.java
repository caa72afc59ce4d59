package io.influenceatlas.scoring.compute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 over a canonical JSON form (properties and map keys sorted, numbers in Java's shortest
 * round-trip form), so equal content always gives the same hash whatever the order it was built in.
 */
public final class Canonical {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .build();

    private Canonical() {
    }

    /** The hash of a JSON document (e.g. a methodology definition). */
    public static String hashJson(String json) {
        try {
            return sha256(JSON.writeValueAsBytes(JSON.readValue(json, Object.class)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    /**
     * The inputs hash of a run: the engine's version, its definition, year, requested countries and
     * every value read with its provenance. Two runs with the same hash computed the same results.
     */
    public static String inputsHash(String definitionJson, int year, List<String> subset, RunInputs inputs) {
        try {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("engine", io.influenceatlas.engine.Engine.VERSION);
            doc.put("definition", JSON.readValue(definitionJson, Object.class));
            doc.put("year", year);
            doc.put("subset", subset);
            doc.put("countries", inputs.countries());
            doc.put("values", inputs.values());
            doc.put("evidence", inputs.evidence());
            // Read back as plain maps so that every map is sorted, even one that came sorted otherwise.
            return sha256(JSON.writeValueAsBytes(JSON.readValue(JSON.writeValueAsBytes(doc), Object.class)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("inputs cannot be serialised", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
