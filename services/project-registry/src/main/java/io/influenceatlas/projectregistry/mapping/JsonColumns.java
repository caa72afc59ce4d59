package io.influenceatlas.projectregistry.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/** Reads and writes the JSON document columns (status history, sources, listings, geometry). */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static String write(ObjectMapper json, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON column", e);
        }
    }

    public static <T> List<T> list(ObjectMapper json, String column, TypeReference<List<T>> type) {
        if (column == null) {
            return List.of();
        }
        try {
            return json.readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable JSON column", e);
        }
    }

    public static JsonNode tree(ObjectMapper json, String column) {
        if (column == null) {
            return null;
        }
        try {
            return json.readTree(column);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable JSON column", e);
        }
    }
}
