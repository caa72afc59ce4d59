package io.influenceatlas.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a composite indicator, following the JRC/OECD Handbook's steps: for each indicator over
 * the scored units, imputation of missing values → transformation → outlier treatment →
 * normalisation (direction applied); then aggregation up the tree, ranks, and each indicator's
 * contribution to the composite.
 * <p>
 * Deterministic: the same framework and data give bit-identical results (fixed iteration order,
 * {@link StrictMath}). Units whose data coverage is below the framework's minimum are not scored and
 * take no part in the cross-section statistics.
 * <p>
 * Contributions: for a chain of arithmetic aggregations a contribution is exact, the product of the
 * effective weights on the indicator's path times its normalised value. Below a geometric or harmonic
 * group, the group's share is split among its children in proportion to their weighted scores
 * (wᵢxᵢ), so contributions still add up to the composite.
 */
public final class Engine {

    /**
     * The version of the results: raised whenever the same framework and data would give other
     * numbers (2: winsorising that would erase a sparse indicator falls back to the log). Runs hash it
     * with their inputs, so runs by different versions are never called identical.
     */
    public static final String VERSION = "2";

    private Engine() {
    }

    public static Result run(Framework framework, Data data) {
        framework.validate(false);
        List<Indicator> indicators = framework.indicators();
        int[] column = columns(indicators, data);
        int units = data.units().size();
        int k = indicators.size();

        double[] coverage = new double[units];
        boolean[] scored = new boolean[units];
        for (int u = 0; u < units; u++) {
            int present = 0;
            for (int c : column) {
                if (Double.isFinite(data.values()[u][c])) {
                    present++;
                }
            }
            coverage[u] = (double) present / k;
            scored[u] = present > 0 && coverage[u] >= framework.minCoverage();
        }

        List<String> problems = new ArrayList<>();
        double[][] raw = new double[k][];
        boolean[][] imputed = new boolean[k][units];
        double[][] treated = new double[k][];
        double[][] normalised = new double[k][];
        List<Result.IndicatorDiagnostics> diagnostics = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Indicator ind = indicators.get(i);
            raw[i] = new double[units];
            for (int u = 0; u < units; u++) {
                raw[i][u] = data.values()[u][column[i]];
            }
            double[] values = impute(ind, raw[i], scored, imputed[i], data);
            transform(ind, values, scored, data, problems);
            Treated t = treat(ind, values, scored);
            treated[i] = t.values();
            diagnostics.add(t.diagnostics());
            normalised[i] = normalise(ind, treated[i], scored);
        }
        if (!problems.isEmpty()) {
            throw new EngineException(problems);
        }

        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < k; i++) {
            index.put(indicators.get(i).code(), i);
        }
        List<Map<String, Double>> groupScores = new ArrayList<>();
        double[] composite = new double[units];
        for (int u = 0; u < units; u++) {
            Map<String, Double> scores = new LinkedHashMap<>();
            composite[u] = scored[u] ? score(framework.root(), u, normalised, index, scores, data, problems) : Double.NaN;
            groupScores.add(scores);
        }
        if (!problems.isEmpty()) {
            throw new EngineException(problems);
        }

        int[] ranks = ranks(composite);
        List<Result.UnitResult> results = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            Map<String, Result.IndicatorValue> values = new LinkedHashMap<>();
            for (int i = 0; i < k; i++) {
                values.put(indicators.get(i).code(), new Result.IndicatorValue(boxed(raw[i][u]), imputed[i][u],
                        boxed(treated[i][u]), boxed(normalised[i][u])));
            }
            boolean ok = Double.isFinite(composite[u]);
            Map<String, Double> contributions = new LinkedHashMap<>();
            if (ok) {
                allocate(framework.root(), 1.0, composite[u], groupScores.get(u), normalised, index, u, contributions);
            }
            String reason = ok ? null : coverage[u] == 0 ? "no indicator of the framework has a value"
                    : !scored[u] ? String.format(java.util.Locale.ROOT, "data coverage %.0f%% is below the minimum %.0f%%",
                    coverage[u] * 100, framework.minCoverage() * 100)
                    : "only indicators of weight 0 have a value";
            Map<String, Double> scores = new LinkedHashMap<>();
            groupScores.get(u).forEach((code, s) -> scores.put(code, boxed(s)));
            results.add(new Result.UnitResult(data.units().get(u), ok, reason, coverage[u], ok ? composite[u] : null,
                    ok ? ranks[u] : null, scores, values, ok ? contributions : Map.of()));
        }
        return new Result(results, diagnostics);
    }

    /** The data column of each framework indicator; checks the table's shape and values. */
    private static int[] columns(List<Indicator> indicators, Data data) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < data.indicators().size(); c++) {
            if (columns.put(data.indicators().get(c), c) != null) {
                problems.add("indicator " + data.indicators().get(c) + " is a column twice");
            }
        }
        Set<String> seen = new HashSet<>();
        for (String unit : data.units()) {
            if (!seen.add(unit)) {
                problems.add("unit " + unit + " is a row twice");
            }
        }
        if (data.values().length != data.units().size()) {
            problems.add("there are " + data.values().length + " rows of values for " + data.units().size() + " units");
        }
        for (int u = 0; u < Math.min(data.values().length, data.units().size()); u++) {
            double[] row = data.values()[u];
            if (row == null || row.length != data.indicators().size()) {
                problems.add("unit " + data.units().get(u) + " has " + (row == null ? 0 : row.length) + " values for "
                        + data.indicators().size() + " indicators");
                continue;
            }
            for (int c = 0; c < row.length; c++) {
                if (Double.isInfinite(row[c])) {
                    problems.add("unit " + data.units().get(u) + ", indicator " + data.indicators().get(c) + ": not a finite number");
                }
            }
        }
        int[] column = new int[indicators.size()];
        for (int i = 0; i < indicators.size(); i++) {
            Integer c = columns.get(indicators.get(i).code());
            if (c == null) {
                problems.add("indicator " + indicators.get(i).code() + " of the framework is not in the data");
            } else {
                column[i] = c;
            }
        }
        if (!problems.isEmpty()) {
            throw new EngineException(problems);
        }
        return column;
    }

    private static double[] impute(Indicator ind, double[] raw, boolean[] scored, boolean[] imputed, Data data) {
        double[] values = raw.clone();
        MissingData m = ind.missing();
        if (m.kind() == MissingData.Kind.EXCLUDE) {
            return values;
        }
        Map<String, double[]> groupSums = new HashMap<>();
        double sum = 0;
        int n = 0;
        for (int u = 0; u < raw.length; u++) {
            if (scored[u] && Double.isFinite(raw[u])) {
                sum += raw[u];
                n++;
                String group = data.unitGroups().get(data.units().get(u));
                if (group != null) {
                    double[] g = groupSums.computeIfAbsent(group, x -> new double[2]);
                    g[0] += raw[u];
                    g[1]++;
                }
            }
        }
        for (int u = 0; u < raw.length; u++) {
            if (!scored[u] || Double.isFinite(raw[u])) {
                continue;
            }
            double value;
            if (m.kind() == MissingData.Kind.CONSTANT) {
                value = m.constant();
            } else {
                double[] g = groupSums.get(data.unitGroups().get(data.units().get(u)));
                value = g != null ? g[0] / g[1] : n > 0 ? sum / n : Double.NaN;
            }
            if (Double.isFinite(value)) {
                values[u] = value;
                imputed[u] = true;
            }
        }
        return values;
    }

    private static void transform(Indicator ind, double[] values, boolean[] scored, Data data, List<String> problems) {
        for (int u = 0; u < values.length; u++) {
            if (!scored[u] || !Double.isFinite(values[u])) {
                values[u] = scored[u] ? values[u] : Double.NaN;
                continue;
            }
            if (!ind.transformation().accepts(values[u])) {
                problems.add("unit " + data.units().get(u) + ", indicator " + ind.code() + ": " + values[u]
                        + " cannot be transformed by " + ind.transformation());
                continue;
            }
            values[u] = ind.transformation().apply(values[u]);
        }
    }

    private record Treated(double[] values, Result.IndicatorDiagnostics diagnostics) {
    }

    private static Treated treat(Indicator ind, double[] values, boolean[] scored) {
        double[] present = Stats.finite(values);
        double skew = Stats.skewness(present);
        double kurt = Stats.kurtosis(present);
        OutlierTreatment o = ind.outliers();
        if (o.kind() == OutlierTreatment.Kind.NONE || !fails(skew, kurt, o)) {
            return new Treated(values, new Result.IndicatorDiagnostics(ind.code(), 0, false, skew, kurt, skew, kurt));
        }
        double[] work = values.clone();
        int count = 0;
        while (count < o.maxWinsorised() && fails(Stats.skewness(Stats.finite(work)), Stats.kurtosis(Stats.finite(work)), o)) {
            boolean high = Stats.skewness(Stats.finite(work)) > 0;
            int extreme = -1;
            for (int u = 0; u < work.length; u++) {
                if (Double.isFinite(work[u]) && (extreme < 0 || (high ? work[u] > work[extreme] : work[u] < work[extreme]))) {
                    extreme = u;
                }
            }
            double next = Double.NaN;
            for (double x : work) {
                if (Double.isFinite(x) && (high ? x < work[extreme] : x > work[extreme])
                        && (Double.isNaN(next) || (high ? x > next : x < next))) {
                    next = x;
                }
            }
            if (Double.isNaN(next)) {
                break;
            }
            work[extreme] = next;
            count++;
        }
        double[] after = Stats.finite(work);
        // Winsorising a sparse indicator (a few non-zero counts) can leave every value equal, which would
        // erase it; that counts as a failure, and the log transform below keeps the order instead.
        boolean spread = Arrays.stream(after).min().orElse(0) < Arrays.stream(after).max().orElse(0);
        if (spread && !fails(Stats.skewness(after), Stats.kurtosis(after), o)) {
            return new Treated(work, new Result.IndicatorDiagnostics(ind.code(), count, false, skew, kurt,
                    Stats.skewness(after), Stats.kurtosis(after)));
        }
        // Winsorising the allowed number of points was not enough: a log transform instead.
        double min = Arrays.stream(present).min().orElse(0);
        double max = Arrays.stream(present).max().orElse(0);
        double[] logged = values.clone();
        for (int u = 0; u < logged.length; u++) {
            if (Double.isFinite(logged[u])) {
                logged[u] = skew > 0 ? StrictMath.log(logged[u] - min + 1) : -StrictMath.log(max - logged[u] + 1);
            }
        }
        double[] l = Stats.finite(logged);
        return new Treated(logged, new Result.IndicatorDiagnostics(ind.code(), 0, true, skew, kurt, Stats.skewness(l),
                Stats.kurtosis(l)));
    }

    private static boolean fails(double skew, double kurt, OutlierTreatment o) {
        return Math.abs(skew) > o.skewThreshold() && kurt > o.kurtosisThreshold();
    }

    private static double[] normalise(Indicator ind, double[] treated, boolean[] scored) {
        int sign = ind.direction().sign;
        double[] y = new double[treated.length];
        for (int u = 0; u < y.length; u++) {
            y[u] = scored[u] && Double.isFinite(treated[u]) ? sign * treated[u] : Double.NaN;
        }
        double[] present = Stats.finite(y);
        double[] out = new double[y.length];
        Normalisation n = ind.normalisation();
        switch (n.kind()) {
            case MIN_MAX -> {
                double min = Arrays.stream(present).min().orElse(0);
                double max = Arrays.stream(present).max().orElse(0);
                for (int u = 0; u < y.length; u++) {
                    out[u] = max == min ? (Double.isFinite(y[u]) ? 50 : Double.NaN) : 100 * (y[u] - min) / (max - min);
                }
            }
            case GOALPOSTS -> {
                double lower = sign > 0 ? n.lower() : -n.upper();
                double upper = sign > 0 ? n.upper() : -n.lower();
                for (int u = 0; u < y.length; u++) {
                    out[u] = Double.isFinite(y[u]) ? Math.max(0, Math.min(100, 100 * (y[u] - lower) / (upper - lower))) : Double.NaN;
                }
            }
            case Z_SCORE -> {
                double mean = present.length == 0 ? 0 : Stats.mean(present);
                double sd = Stats.sd(present);
                for (int u = 0; u < y.length; u++) {
                    out[u] = sd == 0 ? (Double.isFinite(y[u]) ? 0 : Double.NaN) : (y[u] - mean) / sd;
                }
            }
            case RANK -> out = Stats.ranks(y);
            case PERCENTILE_RANK -> {
                double[] r = Stats.ranks(y);
                int count = present.length;
                for (int u = 0; u < y.length; u++) {
                    out[u] = count == 1 ? (Double.isFinite(r[u]) ? 50 : Double.NaN) : 100 * (r[u] - 1) / (count - 1);
                }
            }
            case DISTANCE_TO_REFERENCE -> {
                double ref = sign * n.reference();
                for (int u = 0; u < y.length; u++) {
                    out[u] = 100 * (y[u] - ref) / Math.abs(ref);
                }
            }
        }
        return out;
    }

    /** A node's score for a unit (NaN when none of its indicators has a value); records group scores. */
    private static double score(Node node, int u, double[][] normalised, Map<String, Integer> index,
                                Map<String, Double> scores, Data data, List<String> problems) {
        if (node instanceof Indicator ind) {
            return normalised[index.get(ind.code())][u];
        }
        Group g = (Group) node;
        double[] values = new double[g.children().size()];
        double weightSum = 0;
        for (int c = 0; c < values.length; c++) {
            Node child = g.children().get(c);
            values[c] = score(child, u, normalised, index, scores, data, problems);
            if (Double.isFinite(values[c])) {
                weightSum += child.weight();
            }
        }
        double result = Double.NaN;
        if (weightSum > 0) {
            result = aggregate(g, values, weightSum, data.units().get(u), problems);
        }
        scores.put(g.code(), result);
        return result;
    }

    private static double aggregate(Group g, double[] values, double weightSum, String unit, List<String> problems) {
        double acc = 0;
        boolean zero = false;
        for (int c = 0; c < values.length; c++) {
            if (!Double.isFinite(values[c])) {
                continue;
            }
            double w = g.children().get(c).weight() / weightSum;
            double x = values[c];
            if (g.aggregation() != Aggregation.ARITHMETIC && x < 0) {
                problems.add("unit " + unit + ", " + g.code() + ": a " + g.aggregation().name().toLowerCase(java.util.Locale.ROOT)
                        + " mean needs values ≥ 0, but " + g.children().get(c).code() + " is " + x
                        + " (use min-max, goalposts or a rank normalisation)");
                return Double.NaN;
            }
            switch (g.aggregation()) {
                case ARITHMETIC -> acc += w * x;
                case GEOMETRIC -> {
                    if (x == 0) {
                        zero |= w > 0;
                    } else {
                        acc += w * StrictMath.log(x);
                    }
                }
                case HARMONIC -> {
                    if (x == 0) {
                        zero |= w > 0;
                    } else {
                        acc += w / x;
                    }
                }
            }
        }
        return switch (g.aggregation()) {
            case ARITHMETIC -> acc;
            case GEOMETRIC -> zero ? 0 : StrictMath.exp(acc);
            case HARMONIC -> zero ? 0 : acc == 0 ? 0 : 1 / acc;
        };
    }

    /**
     * Splits {@code amount} (the node's share of the composite) over the node's indicators. While every
     * group above is arithmetic, {@code pathWeight} is the product of effective weights and the split is
     * exact; otherwise shares follow the children's weighted scores.
     */
    private static void allocate(Node node, Double pathWeight, double amount, Map<String, Double> scores,
                                 double[][] normalised, Map<String, Integer> index, int u, Map<String, Double> out) {
        if (node instanceof Indicator ind) {
            out.put(ind.code(), amount);
            return;
        }
        Group g = (Group) node;
        List<Node> children = g.children();
        double[] values = new double[children.size()];
        double weightSum = 0;
        for (int c = 0; c < values.length; c++) {
            Node child = children.get(c);
            values[c] = child instanceof Indicator ind ? normalised[index.get(ind.code())][u] : scores.get(child.code());
            if (Double.isFinite(values[c])) {
                weightSum += child.weight();
            }
        }
        double weighted = 0;
        for (int c = 0; c < values.length; c++) {
            if (Double.isFinite(values[c])) {
                weighted += children.get(c).weight() / weightSum * values[c];
            }
        }
        boolean exact = pathWeight != null && g.aggregation() == Aggregation.ARITHMETIC;
        for (int c = 0; c < values.length; c++) {
            Node child = children.get(c);
            if (!Double.isFinite(values[c])) {
                continue;
            }
            double w = child.weight() / weightSum;
            if (exact) {
                allocate(child, pathWeight * w, pathWeight * w * values[c], scores, normalised, index, u, out);
            } else {
                double share = weighted == 0 ? 0 : amount * (w * values[c]) / weighted;
                allocate(child, null, share, scores, normalised, index, u, out);
            }
        }
    }

    /** Competition ranks of finite composites, highest first: 1, 2, 2, 4. */
    private static int[] ranks(double[] composite) {
        int[] ranks = new int[composite.length];
        for (int u = 0; u < composite.length; u++) {
            if (!Double.isFinite(composite[u])) {
                continue;
            }
            int better = 0;
            for (double other : composite) {
                if (Double.isFinite(other) && other > composite[u]) {
                    better++;
                }
            }
            ranks[u] = better + 1;
        }
        return ranks;
    }

    private static Double boxed(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
