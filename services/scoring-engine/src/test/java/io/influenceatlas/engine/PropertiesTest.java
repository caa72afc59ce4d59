package io.influenceatlas.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static io.influenceatlas.engine.Fixtures.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties that must hold for any data: checked over many random tables (fixed seeds). */
class PropertiesTest {

    static final List<String> CODES = List.of("a", "b", "c");

    static Framework framework(Normalisation n) {
        return new Framework(new Group("composite", 1, Aggregation.ARITHMETIC, List.of(
                Indicator.of("a", 2).with(n),
                Indicator.of("b", 1).with(n).with(Direction.NEGATIVE),
                Indicator.of("c", 1).with(n))), 0);
    }

    static double[][] columns(Random r, int units) {
        double[][] cols = new double[3][units];
        for (double[] col : cols) {
            for (int u = 0; u < units; u++) {
                col[u] = r.nextInt(10) == 0 ? Double.NaN : r.nextDouble() * 1000;
            }
        }
        return cols;
    }

    @Test
    void raisingAPositiveIndicatorNeverLowersTheComposite() {
        Random r = new Random(1);
        for (int trial = 0; trial < 200; trial++) {
            double[][] cols = columns(r, 12);
            cols[0][0] = r.nextDouble() * 1000;
            for (Normalisation n : List.of(Normalisation.goalposts(0, 1000), Normalisation.distanceToReference(500))) {
                double before = Fixtures.composite(Engine.run(framework(n), data(CODES, cols)), "u1");
                double[][] raised = {cols[0].clone(), cols[1], cols[2]};
                raised[0][0] += r.nextDouble() * 100;
                double after = Fixtures.composite(Engine.run(framework(n), data(CODES, raised)), "u1");
                assertTrue(after >= before, n.kind() + " trial " + trial + ": " + before + " → " + after);
            }
        }
    }

    @Test
    void minMaxResultsDoNotDependOnAnIndicatorsUnits() {
        Random r = new Random(2);
        for (int trial = 0; trial < 100; trial++) {
            double[][] cols = columns(r, 15);
            double[][] rescaled = {cols[0].clone(), cols[1], cols[2]};
            for (int u = 0; u < 15; u++) {
                rescaled[0][u] = cols[0][u] * 1000 + 7;     // e.g. thousands of USD and an offset
            }
            Result a = Engine.run(framework(Normalisation.minMax()), data(CODES, cols));
            Result b = Engine.run(framework(Normalisation.minMax()), data(CODES, rescaled));
            for (int u = 0; u < 15; u++) {
                Double x = a.units().get(u).composite();
                Double y = b.units().get(u).composite();
                assertEquals(x == null, y == null);
                if (x != null) {
                    assertEquals(x, y, 1e-9);
                    assertEquals(a.units().get(u).rank(), b.units().get(u).rank());
                }
            }
        }
    }

    @Test
    void aMissingIndicatorsWeightGoesToItsSiblings() {
        Random r = new Random(3);
        for (int trial = 0; trial < 100; trial++) {
            double[][] cols = columns(r, 10);
            cols[0][0] = Double.NaN;
            cols[1][0] = r.nextDouble() * 1000;
            cols[2][0] = r.nextDouble() * 1000;
            Result res = Engine.run(framework(Normalisation.minMax()), data(CODES, cols));
            Result.UnitResult u = res.units().get(0);
            double b = u.indicators().get("b").normalised();
            double c = u.indicators().get("c").normalised();
            assertEquals(0.5 * b + 0.5 * c, u.composite(), 1e-9);   // weights 1 and 1 of the remaining 2
        }
    }

    @Test
    void theSameInputsGiveBitIdenticalResults() {
        double[][] cols = columns(new Random(4), 50);
        Framework f = new Framework(new Group("composite", 1, Aggregation.GEOMETRIC, List.of(
                Indicator.of("a", 2).with(OutlierTreatment.winsorise()).with(Transformation.LOG1P),
                Indicator.of("b", 1).with(Normalisation.percentileRank()).with(MissingData.constant(0)),
                Indicator.of("c", 1).with(Direction.NEGATIVE))), 0.5);
        assertEquals(Engine.run(f, data(CODES, cols)), Engine.run(f, data(CODES, cols)));
    }
}
