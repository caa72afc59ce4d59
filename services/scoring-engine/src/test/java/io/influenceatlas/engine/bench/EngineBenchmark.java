package io.influenceatlas.engine.bench;

import io.influenceatlas.engine.Aggregation;
import io.influenceatlas.engine.Data;
import io.influenceatlas.engine.Direction;
import io.influenceatlas.engine.Engine;
import io.influenceatlas.engine.Framework;
import io.influenceatlas.engine.Group;
import io.influenceatlas.engine.Indicator;
import io.influenceatlas.engine.MissingData;
import io.influenceatlas.engine.Node;
import io.influenceatlas.engine.Normalisation;
import io.influenceatlas.engine.OutlierTreatment;
import io.influenceatlas.engine.Result;
import io.influenceatlas.engine.Transformation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The whole pipeline for 250 countries × 60 indicators: six dimensions of ten indicators with every
 * kind of treatment, normalisation and imputation, arithmetic dimensions under a geometric composite.
 * Data are random (seed 42) with 8% missing values and a few heavy tails, so winsorisation and the log
 * fallback both run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    static final int UNITS = 250;
    static final int DIMENSIONS = 6;
    static final int PER_DIMENSION = 10;

    Framework framework;
    Data data;

    @Setup
    public void setUp() {
        Random r = new Random(42);
        List<Node> dimensions = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        Normalisation[] norms = {Normalisation.minMax(), Normalisation.goalposts(0, 1000), Normalisation.percentileRank(),
                Normalisation.rank(), Normalisation.minMax()};
        for (int d = 0; d < DIMENSIONS; d++) {
            List<Node> indicators = new ArrayList<>();
            for (int i = 0; i < PER_DIMENSION; i++) {
                String code = "d" + d + "_i" + i;
                codes.add(code);
                indicators.add(new Indicator(code, 1 + r.nextInt(3), i % 4 == 3 ? Direction.NEGATIVE : Direction.POSITIVE,
                        i % 5 == 0 ? Transformation.LOG1P : Transformation.NONE,
                        i % 2 == 0 ? OutlierTreatment.winsorise() : OutlierTreatment.none(), norms[i % norms.length],
                        i % 3 == 0 ? MissingData.groupMean() : i % 3 == 1 ? MissingData.exclude() : MissingData.constant(0)));
            }
            dimensions.add(new Group("d" + d, 1, Aggregation.ARITHMETIC, indicators));
        }
        framework = new Framework(new Group("composite", 1, Aggregation.GEOMETRIC, dimensions), 0.6);
        List<String> units = new ArrayList<>();
        Map<String, String> regions = new HashMap<>();
        double[][] values = new double[UNITS][codes.size()];
        for (int u = 0; u < UNITS; u++) {
            units.add("U" + u);
            regions.put("U" + u, "R" + (u % 5));
            for (int c = 0; c < codes.size(); c++) {
                double x = r.nextDouble() * 100;
                values[u][c] = r.nextInt(100) < 8 ? Double.NaN : c % 7 == 0 ? x * x * x / 1000 : x;
            }
        }
        data = new Data(units, codes, values, regions);
    }

    @Benchmark
    public Result fullPipeline() {
        return Engine.run(framework, data);
    }
}
