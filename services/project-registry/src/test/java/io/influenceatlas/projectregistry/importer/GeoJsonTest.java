package io.influenceatlas.projectregistry.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 7946 geometry checks. */
class GeoJsonTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static List<String> problems(String geometry) throws Exception {
        return GeoJson.check(JSON.readTree(geometry)).stream().map(p -> p.pointer() + " " + p.message()).toList();
    }

    @Test
    void acceptsEveryGeometryType() throws Exception {
        assertTrue(problems("{\"type\":\"Point\",\"coordinates\":[67.0,24.8,10]}").isEmpty());
        assertTrue(problems("{\"type\":\"MultiPoint\",\"coordinates\":[[67.0,24.8],[-4.05,39.67]]}").isEmpty());
        assertTrue(problems("{\"type\":\"LineString\",\"coordinates\":[[179,0],[-179,1]]}").isEmpty());
        assertTrue(problems("{\"type\":\"MultiLineString\",\"coordinates\":[[[1,2],[3,4]],[[5,6],[7,8]]],\"bbox\":[1,2,7,8]}").isEmpty());
        assertTrue(problems("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}").isEmpty());
        assertTrue(problems("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]]]}").isEmpty());
        assertTrue(problems("{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[1,2]},"
                + "{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}]}").isEmpty());
    }

    @Test
    void namesEachProblem() throws Exception {
        assertEquals(List.of("/type must be one of GeometryCollection, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon"),
                problems("{\"type\":\"Circle\",\"coordinates\":[1,2]}"));
        assertEquals(List.of("/coordinates/0 longitude must be between -180 and 180", "/coordinates/1 latitude must be between -90 and 90"),
                problems("{\"type\":\"Point\",\"coordinates\":[181,-91]}"));
        assertEquals(List.of("/coordinates a LineString needs two or more positions"),
                problems("{\"type\":\"LineString\",\"coordinates\":[[1,2]]}"));
        assertEquals(List.of("/coordinates/0 a linear ring must end with its first position"),
                problems("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"));
        assertEquals(List.of("/coordinates/1/0 must be a finite number of ordinary size"),
                problems("{\"type\":\"MultiPoint\",\"coordinates\":[[1,2],[\"a\",2]]}"));
        assertEquals(List.of("/geometries/0 must not nest a GeometryCollection (RFC 7946 §3.1.8)"),
                problems("{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"GeometryCollection\",\"geometries\":[]}]}"));
        assertEquals(List.of("/properties is a Feature member; send the geometry itself"),
                problems("{\"type\":\"Point\",\"coordinates\":[1,2],\"properties\":{}}"));
        assertEquals(List.of(" must be a GeoJSON geometry object"), problems("[1,2]"));
        assertEquals(List.of("/coordinates a GeometryCollection has geometries, not coordinates"),
                problems("{\"type\":\"GeometryCollection\",\"coordinates\":[1,2],\"geometries\":[]}"));
    }

    @Test
    void numbersMustBeStorable() throws Exception {
        ObjectMapper decimals = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        for (String bad : List.of("[0,0,1e10000]", "[1e-10000,0]", "[0.1234567890123456789012345,0]", "[0,0,1000000000000000000000000]")) {
            assertEquals(1, GeoJson.check(decimals.readTree("{\"type\":\"Point\",\"coordinates\":" + bad + "}")).size(), bad);
        }
        assertEquals(List.of("/bbox/2 longitude must be between -180 and 180"),
                problems("{\"type\":\"Point\",\"coordinates\":[1,2],\"bbox\":[0,0,200,10]}"));
        // A ring closes on equal numbers, however they are written.
        assertTrue(problems("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0.0,0.00]]]}").isEmpty());
    }
}
