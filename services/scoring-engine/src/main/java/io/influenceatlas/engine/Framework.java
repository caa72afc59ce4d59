package io.influenceatlas.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A composite indicator: its tree, and the minimum data coverage (share of its indicators with a
 * value, 0–1) below which a unit is not scored.
 */
public record Framework(Group root, double minCoverage) {

    /** Tolerance for "weights sum to 1" when {@link #validate(boolean)} is strict. */
    public static final double WEIGHT_TOLERANCE = 1e-6;

    /** The indicators, depth first, in the order of the tree. */
    public List<Indicator> indicators() {
        List<Indicator> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Indicator> out) {
        if (n instanceof Indicator i) {
            out.add(i);
        } else {
            ((Group) n).children().forEach(c -> collect(c, out));
        }
    }

    /**
     * Every structural problem: codes missing or repeated (a tree cannot then have a cycle, since
     * a node can only be reached through its one code), empty groups, negative or non-finite weights,
     * siblings whose weights are all zero or (strict) do not sum to 1, bad normalisation or treatment
     * parameters, a coverage outside 0–1.
     */
    public List<String> problems(boolean weightsMustSumToOne) {
        List<String> problems = new ArrayList<>();
        if (root == null) {
            return List.of("the framework has no root");
        }
        if (!(minCoverage >= 0 && minCoverage <= 1)) {
            problems.add("minCoverage must be between 0 and 1");
        }
        check(root, new HashSet<>(), weightsMustSumToOne, problems);
        return problems;
    }

    public void validate(boolean weightsMustSumToOne) {
        List<String> problems = problems(weightsMustSumToOne);
        if (!problems.isEmpty()) {
            throw new EngineException(problems);
        }
    }

    private static void check(Node n, Set<String> codes, boolean strict, List<String> problems) {
        String code = n.code();
        if (code == null || code.isBlank()) {
            problems.add("a node has no code");
        } else if (!codes.add(code)) {
            problems.add(code + ": the code is used twice");
        }
        if (!(n.weight() >= 0) || Double.isInfinite(n.weight())) {
            problems.add(code + ": weight must be a finite number ≥ 0");
        }
        if (n instanceof Group g) {
            if (g.aggregation() == null) {
                problems.add(code + ": no aggregation");
            }
            if (g.children().isEmpty()) {
                problems.add(code + ": a group needs at least one child");
                return;
            }
            double sum = 0;
            for (Node c : g.children()) {
                sum += c.weight();
                check(c, codes, strict, problems);
            }
            if (!(sum > 0)) {
                problems.add(code + ": the children's weights are all zero");
            } else if (strict && Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
                problems.add(code + ": the children's weights sum to " + sum + ", not 1");
            }
        } else {
            Indicator i = (Indicator) n;
            if (i.direction() == null || i.transformation() == null || i.outliers() == null || i.normalisation() == null
                    || i.missing() == null) {
                problems.add(code + ": direction, transformation, outliers, normalisation and missing are required");
                return;
            }
            Normalisation norm = i.normalisation();
            if (norm.kind() == Normalisation.Kind.GOALPOSTS && !(norm.lower() < norm.upper())) {
                problems.add(code + ": the lower goalpost must be below the upper one");
            }
            if (norm.kind() == Normalisation.Kind.DISTANCE_TO_REFERENCE && (norm.reference() == 0 || !Double.isFinite(norm.reference()))) {
                problems.add(code + ": the reference value must be finite and not 0");
            }
            OutlierTreatment o = i.outliers();
            if (o.kind() == OutlierTreatment.Kind.WINSORISE && (!(o.skewThreshold() > 0) || !(o.kurtosisThreshold() > 0) || o.maxWinsorised() < 0)) {
                problems.add(code + ": winsorisation needs positive skewness and kurtosis thresholds and maxWinsorised ≥ 0");
            }
            if (!Double.isFinite(i.missing().constant())) {
                problems.add(code + ": the constant for missing values must be finite");
            }
        }
    }
}
