package io.influenceatlas.engine;

import java.util.Arrays;

/** Cross-section statistics over the finite values of an array, summed in index order (deterministic). */
final class Stats {

    private Stats() {
    }

    static double[] finite(double[] xs) {
        return Arrays.stream(xs).filter(Double::isFinite).toArray();
    }

    static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    /** Sample standard deviation (n − 1). */
    static double sd(double[] xs) {
        if (xs.length < 2) {
            return 0;
        }
        double m = mean(xs);
        double ss = 0;
        for (double x : xs) {
            ss += (x - m) * (x - m);
        }
        return StrictMath.sqrt(ss / (xs.length - 1));
    }

    /** Population central moments m2, m3, m4 (divided by n). */
    private static double[] moments(double[] xs) {
        double m = mean(xs);
        double[] mo = new double[3];
        for (double x : xs) {
            double d = x - m;
            mo[0] += d * d;
            mo[1] += d * d * d;
            mo[2] += d * d * d * d;
        }
        for (int k = 0; k < 3; k++) {
            mo[k] /= xs.length;
        }
        return mo;
    }

    /** Adjusted Fisher–Pearson skewness G1; 0 for fewer than 3 values or no spread. */
    static double skewness(double[] xs) {
        int n = xs.length;
        if (n < 3) {
            return 0;
        }
        double[] mo = moments(xs);
        if (mo[0] == 0) {
            return 0;
        }
        double g1 = mo[1] / StrictMath.pow(mo[0], 1.5);
        return g1 * StrictMath.sqrt((double) n * (n - 1)) / (n - 2);
    }

    /** Sample excess kurtosis G2; 0 for fewer than 4 values or no spread. */
    static double kurtosis(double[] xs) {
        int n = xs.length;
        if (n < 4) {
            return 0;
        }
        double[] mo = moments(xs);
        if (mo[0] == 0) {
            return 0;
        }
        double g2 = mo[2] / (mo[0] * mo[0]) - 3;
        return ((double) (n - 1) / ((n - 2) * (n - 3))) * ((n + 1) * g2 + 6);
    }

    /** Ascending ranks 1..n of the finite values (NaN stays NaN); ties share the average rank. */
    static double[] ranks(double[] xs) {
        Integer[] order = new Integer[xs.length];
        int n = 0;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i])) {
                order[n++] = i;
            }
        }
        Integer[] idx = Arrays.copyOf(order, n);
        Arrays.sort(idx, (a, b) -> Double.compare(xs[a], xs[b]) != 0 ? Double.compare(xs[a], xs[b]) : Integer.compare(a, b));
        double[] ranks = new double[xs.length];
        Arrays.fill(ranks, Double.NaN);
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && xs[idx[j + 1]] == xs[idx[i]]) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[idx[k]] = average;
            }
            i = j + 1;
        }
        return ranks;
    }
}
