package io.influenceatlas.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.influenceatlas.engine.Fixtures.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Aggregations, contributions and ranks against hand-computed values. */
class AggregationTest {

    /** Goalposts 0–100 keep the raw values as the normalised ones, so the arithmetic below is visible. */
    static Indicator raw(String code, double weight) {
        return Indicator.of(code, weight).with(Normalisation.goalposts(0, 100));
    }

    static Result run(Aggregation a, double[] x, double[] y) {
        return Engine.run(new Framework(new Group("c", 1, a, List.of(raw("x", 1), raw("y", 1))), 0),
                data(List.of("x", "y"), x, y));
    }

    @Test
    void arithmeticGeometricAndHarmonicMeans() {
        double[] x = {25, 0, 100};
        double[] y = {100, 50, 100};
        Result ar = run(Aggregation.ARITHMETIC, x, y);
        assertEquals(62.5, ar.units().get(0).composite(), 1e-12);
        Result ge = run(Aggregation.GEOMETRIC, x, y);
        assertEquals(50, ge.units().get(0).composite(), 1e-12);          // √(25 × 100)
        assertEquals(0, ge.units().get(1).composite(), 0);               // a zero is not compensated
        Result ha = run(Aggregation.HARMONIC, x, y);
        assertEquals(40, ha.units().get(0).composite(), 1e-12);          // 1 / (0.5/25 + 0.5/100)
        assertEquals(0, ha.units().get(1).composite(), 0);
    }

    @Test
    void weightsAreNormalisedWithinEachGroup() {
        Framework f = new Framework(new Group("c", 1, Aggregation.ARITHMETIC, List.of(
                new Group("d1", 2, Aggregation.ARITHMETIC, List.of(raw("a", 1), raw("b", 3))),
                new Group("d2", 6, Aggregation.ARITHMETIC, List.of(raw("e", 5))))), 0);
        Result r = Engine.run(f, data(List.of("a", "b", "e"), new double[]{40}, new double[]{80}, new double[]{10}));
        Result.UnitResult u = r.units().get(0);
        assertEquals(70, u.groupScores().get("d1"), 1e-12);              // 0.25×40 + 0.75×80
        assertEquals(10, u.groupScores().get("d2"), 1e-12);
        assertEquals(0.25 * 70 + 0.75 * 10, u.composite(), 1e-12);       // 25
        // Exact contributions: path weights × values.
        assertEquals(0.25 * 0.25 * 40, u.contributions().get("a"), 1e-12);
        assertEquals(0.25 * 0.75 * 80, u.contributions().get("b"), 1e-12);
        assertEquals(0.75 * 10, u.contributions().get("e"), 1e-12);
    }

    @Test
    void contributionsAddUpToTheCompositeForEveryAggregation() {
        for (Aggregation a : Aggregation.values()) {
            Framework f = new Framework(new Group("c", 1, a, List.of(
                    new Group("d1", 1, Aggregation.ARITHMETIC, List.of(raw("a", 1), raw("b", 1))),
                    new Group("d2", 2, Aggregation.HARMONIC, List.of(raw("e", 1), raw("g", 1))))), 0);
            Result r = Engine.run(f, data(List.of("a", "b", "e", "g"),
                    new double[]{40, 10}, new double[]{80, 90}, new double[]{10, 60}, new double[]{30, 20}));
            for (Result.UnitResult u : r.units()) {
                double sum = u.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
                assertEquals(u.composite(), sum, 1e-9, a + " " + u.unit());
            }
        }
    }

    @Test
    void negativeValuesCannotBeGeometricallyAggregated() {
        Framework f = new Framework(new Group("c", 1, Aggregation.GEOMETRIC,
                List.of(Indicator.of("x", 1).with(Normalisation.zScore()), Indicator.of("y", 1))), 0);
        EngineException e = assertThrows(EngineException.class,
                () -> Engine.run(f, data(List.of("x", "y"), new double[]{1, 2, 3}, new double[]{1, 2, 3})));
        assertTrue(e.getMessage().contains("unit u1, c: a geometric mean needs values ≥ 0, but x is"), e.getMessage());
    }

    @Test
    void tiesShareARank() {
        Result r = Engine.run(Fixtures.arithmetic(raw("x", 1)), data(List.of("x"), new double[]{30, 80, 80, 10, Double.NaN}));
        assertEquals(List.of(3, 1, 1, 4), r.units().subList(0, 4).stream().map(Result.UnitResult::rank).toList());
        assertEquals(null, r.units().get(4).rank());
        assertEquals("no indicator of the framework has a value", r.units().get(4).reason());
    }
}
