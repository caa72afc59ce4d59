package io.influenceatlas.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.influenceatlas.engine.Fixtures.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Framework and data checks: every problem named. */
class FrameworkTest {

    @Test
    void structuralProblemsAreListed() {
        Framework f = new Framework(new Group("c", 1, Aggregation.ARITHMETIC, List.of(
                Indicator.of("a", -1),
                Indicator.of("a", 0.5),
                new Group("empty", 1, Aggregation.GEOMETRIC, List.of()),
                Indicator.of("g", 1).with(Normalisation.goalposts(5, 5)))), 1.5);
        List<String> problems = f.problems(true);
        assertTrue(problems.contains("minCoverage must be between 0 and 1"), problems.toString());
        assertTrue(problems.contains("a: weight must be a finite number ≥ 0"), problems.toString());
        assertTrue(problems.contains("a: the code is used twice"), problems.toString());
        assertTrue(problems.contains("empty: a group needs at least one child"), problems.toString());
        assertTrue(problems.contains("g: the lower goalpost must be below the upper one"), problems.toString());
        assertTrue(problems.contains("c: the children's weights sum to 1.5, not 1"), problems.toString());
        assertEquals(List.of(), new Framework(new Group("c", 1, Aggregation.ARITHMETIC,
                List.of(Indicator.of("a", 0.4), Indicator.of("b", 0.6))), 0).problems(true));
    }

    @Test
    void dataMustFitTheFramework() {
        Framework f = Fixtures.arithmetic(Indicator.of("a", 1), Indicator.of("missing", 1));
        Data ragged = new Data(List.of("u1", "u1"), List.of("a", "a"), new double[][]{{1, 2}, {1}}, java.util.Map.of());
        EngineException e = assertThrows(EngineException.class, () -> Engine.run(f, ragged));
        assertEquals(List.of("indicator a is a column twice", "unit u1 is a row twice", "unit u1 has 1 values for 2 indicators",
                "indicator missing of the framework is not in the data"), e.problems());
        EngineException inf = assertThrows(EngineException.class, () -> Engine.run(Fixtures.arithmetic(Indicator.of("a", 1)),
                data(List.of("a"), new double[]{1, Double.POSITIVE_INFINITY})));
        assertEquals(List.of("unit u2, indicator a: not a finite number"), inf.problems());
    }
}
