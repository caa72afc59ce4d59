package io.influenceatlas.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reproduces the worked example of UNDP's Human Development Index in the technical notes of the
 * Human Development Report 2020 ("Calculating the human development indices"), read in the copy at
 * https://pdf4pro.com/download/technical-notes-united-nations-development-programme-79ae81.html :
 * income index = (ln 3,829 − ln 100) / (ln 75,000 − ln 100) = 0.5506, and
 * HDI = (0.6971 · 0.3447 · 0.5506)^(1/3) = 0.510, the geometric mean of the three dimension indices.
 * The example's life-expectancy and education indices are taken as given (0.6971 and 0.3447); the
 * income index is computed from GNI per capita with a log transform and the goalposts $100 and $75,000.
 */
class PublishedExampleTest {

    @Test
    void undpHumanDevelopmentIndexExample() {
        Framework hdi = new Framework(new Group("hdi", 1, Aggregation.GEOMETRIC, List.of(
                Indicator.of("life_expectancy_index", 1).with(Normalisation.goalposts(0, 1)),
                Indicator.of("education_index", 1).with(Normalisation.goalposts(0, 1)),
                // log10 instead of ln: the ratio of differences of logarithms is the same in any base.
                Indicator.of("gni_per_capita", 1).with(Transformation.LOG10)
                        .with(Normalisation.goalposts(StrictMath.log10(100), StrictMath.log10(75_000))))), 1);
        Data example = new Data(List.of("example"), List.of("life_expectancy_index", "education_index", "gni_per_capita"),
                new double[][]{{0.6971, 0.3447, 3_829}}, Map.of());
        Result.UnitResult r = Engine.run(hdi, example).units().get(0);
        assertEquals(0.5506, r.indicators().get("gni_per_capita").normalised() / 100, 0.00005);
        assertEquals(0.510, r.composite() / 100, 0.0005);
    }
}
