package io.influenceatlas.scoring.api;

import io.influenceatlas.common.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Comparison", description = "Score and rank changes from one run to another, country by country.")
public record ComparisonView(RunView from, RunView to, String framework, Page<ComparisonRow> countries) {
}
