package io.influenceatlas.engine;

/** A transformation of raw values before outlier treatment and normalisation. */
public enum Transformation {
    /** Values as they are. */
    NONE,
    /** log10(x); every value must be positive. */
    LOG10,
    /** ln(1 + x); every value must be greater than -1 (suits counts that include zero). */
    LOG1P;

    double apply(double x) {
        return switch (this) {
            case NONE -> x;
            case LOG10 -> StrictMath.log10(x);
            case LOG1P -> StrictMath.log1p(x);
        };
    }

    boolean accepts(double x) {
        return switch (this) {
            case NONE -> true;
            case LOG10 -> x > 0;
            case LOG1P -> x > -1;
        };
    }
}
