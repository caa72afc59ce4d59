package io.influenceatlas.scoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorDiagnostics", description = "Outlier treatment of one indicator: points winsorised, log fallback, skewness and kurtosis before and after.")
public record DiagnosticsView(String indicator, int winsorised, boolean logTransformed, Double skewness, Double kurtosis,
                              Double skewnessAfter, Double kurtosisAfter) {
}
