package io.influenceatlas.common.http;

import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ETagsTest {

    @Test
    void strongComparisonOverAList() {
        assertTrue(ETags.matches("\"3\"", 3));
        assertTrue(ETags.matches("\"1\", \"3\"", 3));
        assertTrue(ETags.matches("*", 3));
        assertFalse(ETags.matches("\"4\"", 3));
        assertFalse(ETags.matches("W/\"3\"", 3), "weak tags never match If-Match");
        assertFalse(ETags.matches("3", 3), "an unquoted tag is not an entity-tag");
    }

    @Test
    void missingHeaderIs428AndStaleIs412() {
        ProblemException missing = assertThrows(ProblemException.class, () -> ETags.requireMatch(null, 1));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, missing.type());
        assertEquals(428, missing.status());
        ProblemException stale = assertThrows(ProblemException.class, () -> ETags.requireMatch("\"0\"", 1));
        assertEquals(412, stale.status());
        assertDoesNotThrow(() -> ETags.requireMatch("\"1\"", 1));
    }
}
