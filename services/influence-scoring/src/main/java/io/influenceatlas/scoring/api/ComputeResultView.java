package io.influenceatlas.scoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ComputeResult", description = "The engine's result: one entry per unit in the order given, and the outlier diagnostics.")
public record ComputeResultView(List<UnitScoreView> units, List<DiagnosticsView> diagnostics) {
}
