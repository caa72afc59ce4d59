package io.influenceatlas.common.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 7396 examples (Appendix A) that apply to objects. */
class MergePatchTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static String apply(String target, String patch) throws Exception {
        ObjectNode t = (ObjectNode) JSON.readTree(target);
        MergePatch.apply(t, (ObjectNode) JSON.readTree(patch));
        return JSON.writeValueAsString(t);
    }

    @Test
    void rfc7396Examples() throws Exception {
        assertEquals("{\"a\":\"c\"}", apply("{\"a\":\"b\"}", "{\"a\":\"c\"}"));
        assertEquals("{\"a\":\"b\",\"b\":\"c\"}", apply("{\"a\":\"b\"}", "{\"b\":\"c\"}"));
        assertEquals("{}", apply("{\"a\":\"b\"}", "{\"a\":null}"));
        assertEquals("{\"b\":\"c\"}", apply("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}"));
        assertEquals("{\"a\":\"c\"}", apply("{\"a\":[\"b\"]}", "{\"a\":\"c\"}"));
        assertEquals("{\"a\":[\"b\"]}", apply("{\"a\":\"c\"}", "{\"a\":[\"b\"]}"));
        assertEquals("{\"a\":{\"b\":\"d\"}}", apply("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}"));
        assertEquals("{\"a\":[1]}", apply("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}"));
        assertEquals("{\"e\":null,\"a\":1}", apply("{\"e\":null}", "{\"a\":1}"));
    }
}
