package io.influenceatlas.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.influenceatlas.engine.Fixtures.NA;
import static io.influenceatlas.engine.Fixtures.arithmetic;
import static io.influenceatlas.engine.Fixtures.data;
import static io.influenceatlas.engine.Fixtures.treated;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outlier treatment and missing data, against values worked out by hand (skewness/kurtosis checked with scipy). */
class TreatmentAndMissingTest {

    @Test
    void oneWinsorisedPointIsEnough() {
        // 1..9, 100: skewness 3.12 > 2 and kurtosis 9.80 > 3.5; with 100 set to 9: skewness −0.15, done.
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 100};
        Result r = Engine.run(arithmetic(Indicator.of("x", 1).with(OutlierTreatment.winsorise())), data(List.of("x"), x));
        assertArrayEquals(new double[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 9}, treated(r, "x"), 0);
        Result.IndicatorDiagnostics d = r.indicators().get(0);
        assertEquals(1, d.winsorised());
        assertFalse(d.logTransformed());
        assertEquals(3.118895745239087, d.skewness(), 1e-12);
        assertEquals(9.799244716163662, d.kurtosis(), 1e-12);
        assertEquals(-0.15146310708295876, d.skewnessAfter(), 1e-12);
    }

    @Test
    void aLogTransformWhenWinsorisingIsNotEnough() {
        // 40 ones and 1000..7000: still skewed after 5 winsorised points, so ln(x − min + 1).
        double[] x = new double[47];
        java.util.Arrays.fill(x, 1);
        for (int i = 0; i < 7; i++) {
            x[40 + i] = 1000 * (i + 1);
        }
        Result r = Engine.run(arithmetic(Indicator.of("x", 1).with(OutlierTreatment.winsorise())), data(List.of("x"), x));
        assertTrue(r.indicators().get(0).logTransformed());
        assertEquals(0, treated(r, "x")[0], 0);
        assertEquals(Math.log(7000), treated(r, "x")[46], 1e-12);
    }

    @Test
    void winsorisingThatWouldEraseASparseIndicatorIsReplacedByTheLog() {
        // One event among 34 countries: winsorising the single 1 would make every value 0 (and every
        // normalised value 50); ln(x + 1) keeps the one country apart instead.
        double[] x = new double[35];
        x[7] = 1;
        Result r = Engine.run(arithmetic(Indicator.of("x", 1).with(OutlierTreatment.winsorise())), data(List.of("x"), x));
        Result.IndicatorDiagnostics d = r.indicators().get(0);
        assertTrue(d.logTransformed());
        assertEquals(0, d.winsorised());
        assertEquals(Math.log(2), treated(r, "x")[7], 1e-12);
        assertEquals(100, r.units().get(7).indicators().get("x").normalised(), 1e-12);
        assertEquals(0, r.units().get(0).indicators().get("x").normalised(), 1e-12);
    }

    @Test
    void excludedIndicatorsHaveTheirWeightsRenormalised() {
        // a has weight 1, b weight 3. u2 lacks b: its composite is a alone.
        Framework f = arithmetic(Indicator.of("a", 1), Indicator.of("b", 3));
        Result r = Engine.run(f, data(List.of("a", "b"), new double[]{0, 10, 20}, new double[]{0, NA, 100}));
        assertEquals(0.25 * 0 + 0.75 * 0, Fixtures.composite(r, "u1"), 1e-12);
        assertEquals(50, Fixtures.composite(r, "u2"), 1e-12);   // a normalised: 10 → 50
        assertEquals(100, Fixtures.composite(r, "u3"), 1e-12);
    }

    @Test
    void groupMeanAndConstantImputation() {
        double[] a = {10, 20, NA, 40, NA};
        Map<String, String> regions = Map.of("u1", "Asia", "u2", "Asia", "u3", "Asia", "u4", "Africa", "u5", "Europe");
        // b is always there, so every unit has data and is scored (a unit with none is not).
        Data d = new Data(List.of("u1", "u2", "u3", "u4", "u5"), List.of("a", "b"),
                new double[][]{{a[0], 1}, {a[1], 2}, {a[2], 3}, {a[3], 4}, {a[4], 5}}, regions);
        Result r = Engine.run(arithmetic(Indicator.of("a", 1).with(MissingData.groupMean()), Indicator.of("b", 1)), d);
        // u3: Asia's mean (10 + 20) / 2; u5: no other European unit, so the mean of all, 70 / 3.
        assertEquals(15, r.units().get(2).indicators().get("a").treated(), 1e-12);
        assertTrue(r.units().get(2).indicators().get("a").imputed());
        assertNull(r.units().get(2).indicators().get("a").raw());
        assertEquals(70.0 / 3, r.units().get(4).indicators().get("a").treated(), 1e-12);
        Result c = Engine.run(arithmetic(Indicator.of("a", 1).with(MissingData.constant(0)), Indicator.of("b", 1)), d);
        assertEquals(0, c.units().get(2).indicators().get("a").treated(), 0);
        // a: 0 is the minimum of 0..40 → 0; b: 3 of 1..5 → 50; mean 25.
        assertEquals(25, c.units().get(2).composite(), 1e-12);
    }

    @Test
    void unitsBelowTheCoverageMinimumAreNotScored() {
        Framework f = new Framework(new Group("c", 1, Aggregation.ARITHMETIC,
                List.of(Indicator.of("a", 1), Indicator.of("b", 1), Indicator.of("c1", 1))), 0.6);
        Result r = Engine.run(f, data(List.of("a", "b", "c1"), new double[]{1, 2, 3}, new double[]{1, NA, 3}, new double[]{1, NA, 3}));
        Result.UnitResult u2 = r.units().get(1);
        assertFalse(u2.scored());
        assertNull(u2.composite());
        assertNull(u2.rank());
        assertEquals("data coverage 33% is below the minimum 60%", u2.reason());
        // Not scored units take no part in the cross-section: u1 and u3 span a's range alone.
        assertEquals(0, r.units().get(0).indicators().get("a").normalised(), 0);
        assertEquals(100, r.units().get(2).indicators().get("a").normalised(), 0);
    }

    @Test
    void valuesATransformationCannotTakeAreRefusedNamingThem() {
        EngineException e = assertThrows(EngineException.class, () -> Engine.run(
                arithmetic(Indicator.of("x", 1).with(Transformation.LOG10)), data(List.of("x"), new double[]{1, 0})));
        assertEquals(List.of("unit u2, indicator x: 0.0 cannot be transformed by LOG10"), e.problems());
    }
}
