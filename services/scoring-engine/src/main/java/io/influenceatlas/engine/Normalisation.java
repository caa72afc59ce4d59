package io.influenceatlas.engine;

/**
 * Puts an indicator on a common scale. Every method works on direction-adjusted values (a NEGATIVE
 * indicator is negated first, with its goalposts and reference), so that a higher normalised value
 * always means more exposure.
 * <ul>
 *   <li>MIN_MAX: 100 × (x − min) / (max − min) over the scored units; 50 for everyone when all are equal.</li>
 *   <li>GOALPOSTS: 100 × (x − lower) / (upper − lower), capped to [0, 100].</li>
 *   <li>Z_SCORE: (x − mean) / sd (sample standard deviation); 0 for everyone when sd is 0.</li>
 *   <li>RANK: rank in ascending order, 1 = lowest; ties share the average of their ranks.</li>
 *   <li>PERCENTILE_RANK: 100 × (rank − 1) / (n − 1), with the same tie rule; 50 when n = 1.</li>
 *   <li>DISTANCE_TO_REFERENCE: 100 × (x − reference) / |reference|: percent above the reference.</li>
 * </ul>
 */
public record Normalisation(Kind kind, double lower, double upper, double reference) {

    public enum Kind { MIN_MAX, GOALPOSTS, Z_SCORE, RANK, PERCENTILE_RANK, DISTANCE_TO_REFERENCE }

    public static Normalisation minMax() {
        return new Normalisation(Kind.MIN_MAX, 0, 0, 0);
    }

    public static Normalisation goalposts(double lower, double upper) {
        return new Normalisation(Kind.GOALPOSTS, lower, upper, 0);
    }

    public static Normalisation zScore() {
        return new Normalisation(Kind.Z_SCORE, 0, 0, 0);
    }

    public static Normalisation rank() {
        return new Normalisation(Kind.RANK, 0, 0, 0);
    }

    public static Normalisation percentileRank() {
        return new Normalisation(Kind.PERCENTILE_RANK, 0, 0, 0);
    }

    public static Normalisation distanceToReference(double reference) {
        return new Normalisation(Kind.DISTANCE_TO_REFERENCE, 0, 0, reference);
    }
}
