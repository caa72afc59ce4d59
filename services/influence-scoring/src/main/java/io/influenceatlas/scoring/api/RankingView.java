package io.influenceatlas.scoring.api;

import io.influenceatlas.common.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Ranking", description = "A page of a run's ranking, with the run it comes from.")
public record RankingView(RunView run, @Schema(examples = "main") String framework, Page<RankingRow> ranking) {
}
