package io.influenceatlas.engine;

/** A leaf of the framework, with how its values are treated, normalised and imputed. */
public record Indicator(String code, double weight, Direction direction, Transformation transformation,
                        OutlierTreatment outliers, Normalisation normalisation, MissingData missing) implements Node {

    /** Positive, untransformed, untreated, min-max, excluded when missing. */
    public static Indicator of(String code, double weight) {
        return new Indicator(code, weight, Direction.POSITIVE, Transformation.NONE, OutlierTreatment.none(),
                Normalisation.minMax(), MissingData.exclude());
    }

    public Indicator with(Direction d) {
        return new Indicator(code, weight, d, transformation, outliers, normalisation, missing);
    }

    public Indicator with(Transformation t) {
        return new Indicator(code, weight, direction, t, outliers, normalisation, missing);
    }

    public Indicator with(OutlierTreatment o) {
        return new Indicator(code, weight, direction, transformation, o, normalisation, missing);
    }

    public Indicator with(Normalisation n) {
        return new Indicator(code, weight, direction, transformation, outliers, n, missing);
    }

    public Indicator with(MissingData m) {
        return new Indicator(code, weight, direction, transformation, outliers, normalisation, m);
    }
}
