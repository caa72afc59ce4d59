package io.influenceatlas.common.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Arrays;
import java.util.List;

/** Describes a JSON value Jackson could not map (wrong type, unknown enum constant or property). */
public final class JsonErrors {

    private JsonErrors() {
    }

    /**
     * @param prefix pointer prefix when the value sits inside a larger document (e.g. "/3")
     * @param row    bulk row, or null
     */
    public static ProblemError toError(JsonMappingException e, String prefix, Long row) {
        String pointer = prefix + pointer(e.getPath());
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown property '" + u.getPropertyName() + "'";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> type = m.getTargetType();
            if (type.isEnum()) {
                String got = e instanceof InvalidFormatException f ? "'" + f.getValue() + "' is not one of "
                        : "must be one of ";
                message = got + Arrays.toString(type.getEnumConstants());
            } else {
                message = "must be " + describe(type)
                        + (e instanceof InvalidFormatException f ? " (got '" + f.getValue() + "')" : "");
            }
        } else if (e.getCause() != null && e.getCause().getMessage() != null) {
            message = e.getCause().getMessage();
        } else {
            message = e.getOriginalMessage();
        }
        if (pointer.equals(prefix) && e.getOriginalMessage() != null && e.getOriginalMessage().contains("No content")) {
            message = "a request body is required";
        }
        return new ProblemError(pointer, row, message);
    }

    public static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                sb.append('/').append(Violations.escape(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                sb.append('/').append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date (YYYY-MM-DD)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
