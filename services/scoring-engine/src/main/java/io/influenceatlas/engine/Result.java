package io.influenceatlas.engine;

import java.util.List;
import java.util.Map;

/** What the engine computed: one result per unit (in the data's order) and one diagnosis per indicator. */
public record Result(List<UnitResult> units, List<IndicatorDiagnostics> indicators) {

    /**
     * One unit's result. {@code composite}, {@code rank} and the contributions are null when the unit
     * is not scored ({@code reason} says why). Ranks: highest composite first; equal composites share
     * the best rank of their block and the next rank skips (1, 2, 2, 4).
     *
     * @param groupScores   every group's score, by code (the root is the composite)
     * @param indicators    every indicator's values, by code
     * @param contributions each indicator's share of the composite, by code; they sum to the composite
     */
    public record UnitResult(String unit, boolean scored, String reason, double coverage, Double composite, Integer rank,
                             Map<String, Double> groupScores, Map<String, IndicatorValue> indicators,
                             Map<String, Double> contributions) {
    }

    /** An indicator's value at each stage; null where there is none. */
    public record IndicatorValue(Double raw, boolean imputed, Double treated, Double normalised) {
    }

    /** What outlier treatment did to an indicator, with skewness and kurtosis before and after. */
    public record IndicatorDiagnostics(String code, int winsorised, boolean logTransformed, double skewness,
                                       double kurtosis, double skewnessAfter, double kurtosisAfter) {
    }
}
