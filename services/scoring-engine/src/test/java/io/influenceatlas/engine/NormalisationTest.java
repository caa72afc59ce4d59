package io.influenceatlas.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.influenceatlas.engine.Fixtures.NA;
import static io.influenceatlas.engine.Fixtures.arithmetic;
import static io.influenceatlas.engine.Fixtures.data;
import static io.influenceatlas.engine.Fixtures.normalised;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Each normalisation against values worked out by hand on 1, 2, 3, 4, 5. */
class NormalisationTest {

    static final double[] X = {1, 2, 3, 4, 5};

    static double[] run(Indicator i, double[] x) {
        return normalised(Engine.run(arithmetic(i), data(List.of("x"), x)), "x");
    }

    @Test
    void minMax() {
        assertArrayEquals(new double[]{0, 25, 50, 75, 100}, run(Indicator.of("x", 1), X), 1e-12);
        assertArrayEquals(new double[]{100, 75, 50, 25, 0}, run(Indicator.of("x", 1).with(Direction.NEGATIVE), X), 1e-12);
        assertArrayEquals(new double[]{50, 50}, run(Indicator.of("x", 1), new double[]{7, 7}), 1e-12);
    }

    @Test
    void goalpostsCapAtTheBounds() {
        Indicator i = Indicator.of("x", 1).with(Normalisation.goalposts(2, 4));
        assertArrayEquals(new double[]{0, 0, 50, 100, 100}, run(i, X), 1e-12);
        // Negative: the lower goalpost is the best value.
        assertArrayEquals(new double[]{100, 100, 50, 0, 0}, run(i.with(Direction.NEGATIVE), X), 1e-12);
    }

    @Test
    void zScoreUsesTheSampleStandardDeviation() {
        double sd = Math.sqrt(2.5);
        assertArrayEquals(new double[]{-2 / sd, -1 / sd, 0, 1 / sd, 2 / sd},
                run(Indicator.of("x", 1).with(Normalisation.zScore()), X), 1e-12);
    }

    @Test
    void ranksShareTiesAndSkipMissing() {
        double[] x = {1, 2, 2, 4, NA};
        assertArrayEquals(new double[]{1, 2.5, 2.5, 4, NA}, run(Indicator.of("x", 1).with(Normalisation.rank()), x), 1e-12);
        assertArrayEquals(new double[]{0, 50, 50, 100, NA},
                run(Indicator.of("x", 1).with(Normalisation.percentileRank()), x), 1e-12);
    }

    @Test
    void distanceToAReference() {
        assertArrayEquals(new double[]{-50, 0, 50, 100, 150},
                run(Indicator.of("x", 1).with(Normalisation.distanceToReference(2)), X), 1e-12);
        assertArrayEquals(new double[]{50, 0, -50, -100, -150},
                run(Indicator.of("x", 1).with(Normalisation.distanceToReference(2)).with(Direction.NEGATIVE), X), 1e-12);
    }

    @Test
    void log10IsAppliedBeforeNormalising() {
        Result r = Engine.run(arithmetic(Indicator.of("x", 1).with(Transformation.LOG10)), data(List.of("x"), new double[]{1, 10, 100}));
        assertArrayEquals(new double[]{0, 1, 2}, Fixtures.treated(r, "x"), 1e-12);
        assertArrayEquals(new double[]{0, 50, 100}, normalised(r, "x"), 1e-12);
        Result p = Engine.run(arithmetic(Indicator.of("x", 1).with(Transformation.LOG1P)), data(List.of("x"), new double[]{0, Math.E - 1}));
        assertArrayEquals(new double[]{0, 1}, Fixtures.treated(p, "x"), 1e-12);
    }
}
