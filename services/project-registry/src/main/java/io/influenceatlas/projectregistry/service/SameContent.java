package io.influenceatlas.projectregistry.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Comparator;

/**
 * Whether two JSON trees hold the same content: members in any order, numbers by value (the
 * database gives 67.0 back for 67, and 425000000.00 for 4.25E+8).
 */
final class SameContent {

    private static final Comparator<JsonNode> VALUES = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private SameContent() {
    }

    static boolean same(JsonNode a, JsonNode b) {
        return a.equals(VALUES, b);
    }
}
