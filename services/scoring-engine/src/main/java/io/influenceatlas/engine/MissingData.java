package io.influenceatlas.engine;

/**
 * What happens when a unit has no value for an indicator.
 * <ul>
 *   <li>EXCLUDE: the indicator is left out of the unit's aggregation and the weights of its siblings
 *   are re-normalised to sum 1.</li>
 *   <li>GROUP_MEAN: the mean raw value of the units in the same group (e.g. region); the mean of all
 *   units when the group has none.</li>
 *   <li>CONSTANT: the given raw value (e.g. 0 for a count of projects that are not there).</li>
 * </ul>
 * Imputed values are flagged in the result.
 */
public record MissingData(Kind kind, double constant) {

    public enum Kind { EXCLUDE, GROUP_MEAN, CONSTANT }

    public static MissingData exclude() {
        return new MissingData(Kind.EXCLUDE, 0);
    }

    public static MissingData groupMean() {
        return new MissingData(Kind.GROUP_MEAN, 0);
    }

    public static MissingData constant(double value) {
        return new MissingData(Kind.CONSTANT, value);
    }
}
