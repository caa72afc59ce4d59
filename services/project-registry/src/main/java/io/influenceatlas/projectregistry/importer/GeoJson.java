package io.influenceatlas.projectregistry.importer;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks a GeoJSON geometry against RFC 7946: its type, the nesting and length of its coordinates,
 * longitude in [-180, 180] and latitude in [-90, 90], closed linear rings of at least four positions,
 * and an optional bbox. Each problem is reported with the JSON pointer of the offending member.
 * (Ring orientation is a SHOULD in the RFC and is not enforced; antimeridian-crossing lines are legal.)
 */
public final class GeoJson {

    /** A problem at a JSON pointer relative to the geometry. */
    public record Problem(String pointer, String message) {
    }

    public static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon", "GeometryCollection");
    private static final int MAX_PROBLEMS = 20;

    private GeoJson() {
    }

    public static List<Problem> check(JsonNode geometry) {
        List<Problem> problems = new ArrayList<>();
        geometry(geometry, "", problems);
        return problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
    }

    private static void geometry(JsonNode g, String at, List<Problem> problems) {
        if (g == null || !g.isObject()) {
            problems.add(new Problem(at, "must be a GeoJSON geometry object"));
            return;
        }
        JsonNode type = g.get("type");
        if (type == null || !type.isTextual() || !GEOMETRY_TYPES.contains(type.asText())) {
            problems.add(new Problem(at + "/type", "must be one of " + String.join(", ", GEOMETRY_TYPES.stream().sorted().toList())));
            return;
        }
        Iterator<String> names = g.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.equals("properties") || name.equals("geometry") || name.equals("features")) {
                problems.add(new Problem(at + "/" + name, "is a Feature member; send the geometry itself"));
            }
        }
        bbox(g.get("bbox"), at + "/bbox", problems);
        if (type.asText().equals("GeometryCollection")) {
            if (g.has("coordinates")) {
                problems.add(new Problem(at + "/coordinates", "a GeometryCollection has geometries, not coordinates"));
            }
            JsonNode members = g.get("geometries");
            if (members == null || !members.isArray()) {
                problems.add(new Problem(at + "/geometries", "must be an array of geometries"));
                return;
            }
            for (int i = 0; i < members.size(); i++) {
                JsonNode m = members.get(i);
                if (m != null && m.path("type").asText().equals("GeometryCollection")) {
                    problems.add(new Problem(at + "/geometries/" + i, "must not nest a GeometryCollection (RFC 7946 §3.1.8)"));
                } else {
                    geometry(m, at + "/geometries/" + i, problems);
                }
            }
            return;
        }
        JsonNode c = g.get("coordinates");
        String cAt = at + "/coordinates";
        if (c == null || !c.isArray()) {
            problems.add(new Problem(cAt, "must be an array"));
            return;
        }
        switch (type.asText()) {
            case "Point" -> position(c, cAt, problems);
            case "MultiPoint" -> each(c, cAt, 0, problems, (p, a) -> position(p, a, problems));
            case "LineString" -> line(c, cAt, problems);
            case "MultiLineString" -> each(c, cAt, 1, problems, (l, a) -> line(l, a, problems));
            case "Polygon" -> polygon(c, cAt, problems);
            default -> each(c, cAt, 1, problems, (p, a) -> polygon(p, a, problems));
        }
    }

    private interface Check {
        void apply(JsonNode node, String at);
    }

    private static void each(JsonNode array, String at, int min, List<Problem> problems, Check check) {
        if (array.size() < min) {
            problems.add(new Problem(at, "must have at least " + min + " member"));
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode m = array.get(i);
            if (!m.isArray()) {
                problems.add(new Problem(at + "/" + i, "must be an array"));
            } else {
                check.apply(m, at + "/" + i);
            }
        }
    }

    private static void line(JsonNode line, String at, List<Problem> problems) {
        if (line.size() < 2) {
            problems.add(new Problem(at, "a LineString needs two or more positions"));
        }
        each(line, at, 0, problems, (p, a) -> position(p, a, problems));
    }

    private static void polygon(JsonNode rings, String at, List<Problem> problems) {
        if (rings.isEmpty()) {
            problems.add(new Problem(at, "a Polygon needs at least its exterior ring"));
        }
        each(rings, at, 0, problems, (ring, a) -> {
            if (ring.size() < 4) {
                problems.add(new Problem(a, "a linear ring needs four or more positions"));
            }
            each(ring, a, 0, problems, (p, pa) -> position(p, pa, problems));
            if (ring.size() >= 4 && !samePosition(ring.get(0), ring.get(ring.size() - 1))) {
                problems.add(new Problem(a, "a linear ring must end with its first position"));
            }
        });
    }

    private static void position(JsonNode p, String at, List<Problem> problems) {
        if (!p.isArray() || p.size() < 2 || p.size() > 3) {
            problems.add(new Problem(at, "a position is [longitude, latitude] or [longitude, latitude, altitude]"));
            return;
        }
        for (int i = 0; i < p.size(); i++) {
            if (!finite(p.get(i))) {
                problems.add(new Problem(at + "/" + i, "must be a finite number of ordinary size"));
                return;
            }
        }
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        if (lon < -180 || lon > 180) {
            problems.add(new Problem(at + "/0", "longitude must be between -180 and 180"));
        }
        if (lat < -90 || lat > 90) {
            problems.add(new Problem(at + "/1", "latitude must be between -90 and 90"));
        }
    }

    /**
     * A number a map can use: finite as a double and not absurdly precise (1e-10000 or 1e10000 would
     * pass a range check as 0 or infinity but cannot be stored or written back as written).
     */
    private static boolean finite(JsonNode n) {
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            return false;
        }
        java.math.BigDecimal d = n.decimalValue();
        return d.scale() <= 20 && d.precision() - d.scale() <= 20;
    }

    /** Positions are equal when their numbers are: [0, 0] closes a ring opened with [0.0, 0.0]. */
    private static boolean samePosition(JsonNode a, JsonNode b) {
        if (!a.isArray() || !b.isArray() || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).isNumber() || !b.get(i).isNumber() || a.get(i).decimalValue().compareTo(b.get(i).decimalValue()) != 0) {
                return false;
            }
        }
        return true;
    }

    private static void bbox(JsonNode bbox, String at, List<Problem> problems) {
        if (bbox == null) {
            return;
        }
        if (!bbox.isArray() || (bbox.size() != 4 && bbox.size() != 6)) {
            problems.add(new Problem(at, "must be an array of 4 or 6 numbers"));
            return;
        }
        for (int i = 0; i < bbox.size(); i++) {
            if (!finite(bbox.get(i))) {
                problems.add(new Problem(at + "/" + i, "must be a finite number of ordinary size"));
                return;
            }
        }
        int half = bbox.size() / 2;
        for (int i : new int[]{0, half}) {
            if (Math.abs(bbox.get(i).asDouble()) > 180) {
                problems.add(new Problem(at + "/" + i, "longitude must be between -180 and 180"));
            }
            if (Math.abs(bbox.get(i + 1).asDouble()) > 90) {
                problems.add(new Problem(at + "/" + (i + 1), "latitude must be between -90 and 90"));
            }
        }
        if (bbox.get(1).asDouble() > bbox.get(1 + half).asDouble()) {
            problems.add(new Problem(at, "the southern latitude must not exceed the northern one"));
        }
    }
}
