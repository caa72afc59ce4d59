package io.influenceatlas.common.paging;

import io.influenceatlas.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    static final Set<String> KEYS = Set.of("name", "year");

    @Test
    void defaults() {
        PageRequest r = PageRequest.of(new PageParams(), KEYS, "-year,name");
        assertEquals(1, r.page());
        assertEquals(PageRequest.DEFAULT_SIZE, r.size());
        assertEquals(0, r.offset());
        assertEquals(List.of(new PageRequest.SortKey("year", true), new PageRequest.SortKey("name", false)), r.sort());
        assertEquals("-year,name", r.sortParameter());
    }

    @Test
    void explicitValues() {
        PageRequest r = PageRequest.of(new PageParams("3", "20", "+name"), KEYS, "year");
        assertEquals(40, r.offset());
        assertEquals(List.of(new PageRequest.SortKey("name", false)), r.sort());
    }

    @Test
    void refusesBadValuesNamingTheParameter() {
        assertEquals("size", field(new PageParams(null, "501", null)));
        assertEquals("size", field(new PageParams(null, "0", null)));
        assertEquals("page", field(new PageParams("-1", null, null)));
        assertEquals("page", field(new PageParams("x", null, null)));
        assertEquals("sort", field(new PageParams(null, null, "colour")));
        assertEquals("sort", field(new PageParams(null, null, "name,")));
        assertEquals("sort", field(new PageParams(null, null, "name,-name")));
    }

    @Test
    void pageArithmetic() {
        PageRequest r = PageRequest.of(new PageParams("2", "10", null), KEYS, "name");
        Page<String> p = Page.of(List.of("a"), r, 21);
        assertEquals(3, p.totalPages());
        assertEquals(0, Page.of(List.of(), r, 0).totalPages());
        assertEquals(List.of(1), p.map(String::length).items());
    }

    private static String field(PageParams params) {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(params, KEYS, "name"));
        assertEquals(400, e.status());
        return e.errors().get(0).field();
    }
}
