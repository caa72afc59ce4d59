package io.influenceatlas.common.http;

import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.common.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ETagsTest {

    static final Instant T = Instant.parse("2026-11-29T12:00:00.123456Z");

    @Test
    void tagIsVersionAndChangeTime() {
        assertEquals("3-" + T.toEpochMilli(), ETags.of(3, T).getValue());
        assertEquals("0-0", ETags.of(0, null).getValue());
        assertNotEquals(ETags.of(0, T), ETags.of(0, T.plusMillis(1)), "a re-created resource gets a new tag");
    }

    @Test
    void strongComparisonOverAList() {
        assertTrue(ETags.matches("\"3-7\"", "3-7"));
        assertTrue(ETags.matches("\"1-1\", \"3-7\"", "3-7"));
        assertTrue(ETags.matches("*", "3-7"));
        assertFalse(ETags.matches("\"4-7\"", "3-7"));
        assertFalse(ETags.matches("W/\"3-7\"", "3-7"), "weak tags never match If-Match");
        assertFalse(ETags.matches("3-7", "3-7"), "an unquoted tag is not an entity-tag");
    }

    @Test
    void missingHeaderIs428AndStaleIs412() {
        EntityTag current = ETags.of(1, T);
        ProblemException missing = assertThrows(ProblemException.class, () -> ETags.requireMatch(null, current));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, missing.type());
        assertEquals(428, missing.status());
        ProblemException stale = assertThrows(ProblemException.class, () -> ETags.requireMatch("\"0-0\"", current));
        assertEquals(412, stale.status());
        assertDoesNotThrow(() -> ETags.requireMatch(current.toString(), current));
    }

    @Test
    void nothingMatchesAnAbsentResource() {
        assertDoesNotThrow(() -> ETags.requireAbsent(null));
        assertEquals(412, assertThrows(ProblemException.class, () -> ETags.requireAbsent("*")).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> ETags.requireAbsent("\"1-1\"")).status());
    }
}
