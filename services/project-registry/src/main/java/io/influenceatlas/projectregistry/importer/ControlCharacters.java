package io.influenceatlas.projectregistry.importer;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds text that PostgreSQL cannot store or that no reader wants: control characters other than
 * tab, line feed and carriage return (U+0000 in particular is refused by text and jsonb columns).
 * Checking the request tree names the field, instead of a database error that names none.
 */
public final class ControlCharacters {

    public static final String MESSAGE = "must not contain control characters other than tab and line breaks";

    private ControlCharacters() {
    }

    /** JSON pointers of the strings (values or member names) in the tree that contain one. */
    public static List<String> find(JsonNode tree) {
        List<String> found = new ArrayList<>();
        walk(tree, "", found);
        return found;
    }

    private static void walk(JsonNode node, String at, List<String> found) {
        if (node == null) {
            return;
        }
        if (node.isTextual() && contains(node.asText())) {
            found.add(at);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, found);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> members = node.fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> m = members.next();
                String name = m.getKey().replace("~", "~0").replace("/", "~1");
                if (contains(m.getKey())) {
                    found.add(at + "/" + name);
                }
                walk(m.getValue(), at + "/" + name, found);
            }
        }
    }

    public static boolean contains(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
