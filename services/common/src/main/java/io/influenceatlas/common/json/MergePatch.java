package io.influenceatlas.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influenceatlas.common.problem.JsonErrors;
import io.influenceatlas.common.problem.ProblemException;

import java.util.Iterator;
import java.util.Map;

/** RFC 7396 JSON merge patch. */
public final class MergePatch {

    private MergePatch() {
    }

    /**
     * The request a PATCH asks for: {@code patch} applied to the current request form of a record,
     * read back as {@code type}. The caller then checks it like a PUT.
     *
     * @throws ProblemException 422 when the patch is not an object or yields a value of the wrong type
     */
    public static <T> T merge(ObjectMapper json, Object current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalidField("", "a merge patch must be a JSON object");
        }
        ObjectNode merged = json.valueToTree(current);
        apply(merged, (ObjectNode) patch);
        try {
            return json.treeToValue(merged, type);
        } catch (JsonMappingException e) {
            throw ProblemException.invalid(java.util.List.of(JsonErrors.toError(e, "", null)));
        } catch (JsonProcessingException e) {
            throw ProblemException.malformed("The merge patch could not be applied: " + e.getOriginalMessage());
        }
    }

    /** Applies {@code patch} to {@code target} in place: null removes a member, objects merge recursively, anything else replaces. */
    public static void apply(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode value = f.getValue();
            if (value.isNull()) {
                target.remove(f.getKey());
            } else if (value.isObject() && target.get(f.getKey()) instanceof ObjectNode existing) {
                apply(existing, (ObjectNode) value);
            } else {
                target.set(f.getKey(), value);
            }
        }
    }
}
