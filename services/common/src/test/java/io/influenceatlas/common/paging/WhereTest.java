package io.influenceatlas.common.paging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WhereTest {

    @Test
    void absentCriteriaAreLeftOut() {
        Where w = new Where().and("a = :a", "a", null).and("b in :b", "b", List.of()).and("c = :c", "c", " ")
                .and("d = :d", "d", 4).andIf(true, "e is null").andIf(false, "f is null");
        assertEquals("d = :d and e is null", w.query());
        assertEquals(1, w.params().size());
        assertEquals("1 = 1", new Where().query());
    }

    @Test
    void containsPatternEscapesWildcards() {
        assertEquals("%100\\%\\_x%", Where.containsPattern(" 100%_X "));
        assertNull(Where.containsPattern("  "));
    }
}
