package io.influenceatlas.common.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllowedMethodsTest {

    @Test
    void templatesMatchOneSegmentPerParameter() {
        var p = AllowedMethods.pattern("/countries/{code}/profile");
        assertTrue(p.matcher("/countries/MMR/profile").matches());
        assertFalse(p.matcher("/countries/MMR/x/profile").matches());
        assertTrue(AllowedMethods.pattern("/countries/").matcher("/countries").matches());
        assertTrue(AllowedMethods.pattern("observations/" + "/{a}/{b}").matcher("/observations/x/y").matches());
        assertFalse(AllowedMethods.pattern("/a.b").matcher("/axb").matches(), "literal parts are quoted");
    }
}
