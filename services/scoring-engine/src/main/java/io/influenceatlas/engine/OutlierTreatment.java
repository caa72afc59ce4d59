package io.influenceatlas.engine;

/**
 * Outlier treatment of an indicator over the cross-section, after its transformation. With
 * WINSORISE (COINr's default rule): while |skewness| &gt; skewThreshold and kurtosis &gt; kurtosisThreshold,
 * the most extreme value on the side of the skew is set to the next value in from it, at most
 * maxWinsorised times; if the indicator still fails the test, the winsorisation is undone and the
 * values are log-transformed instead (ln(x − min + 1) for positive skew, the mirror for negative).
 * Skewness is the adjusted Fisher–Pearson G1, kurtosis the sample excess kurtosis G2.
 */
public record OutlierTreatment(Kind kind, double skewThreshold, double kurtosisThreshold, int maxWinsorised) {

    public enum Kind { NONE, WINSORISE }

    public static OutlierTreatment none() {
        return new OutlierTreatment(Kind.NONE, 0, 0, 0);
    }

    /** COINr's defaults: skewness 2, kurtosis 3.5, at most 5 points. */
    public static OutlierTreatment winsorise() {
        return new OutlierTreatment(Kind.WINSORISE, 2.0, 3.5, 5);
    }
}
