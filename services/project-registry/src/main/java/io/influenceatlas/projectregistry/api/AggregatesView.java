package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Aggregates", description = "Counts, dollar sums and lock-in-weighted counts of matching projects, grouped.")
public record AggregatesView(
        @Schema(description = "The grouping, in order.") List<String> groupBy,
        @Schema(description = "Lock-in attributes multiplied into lockInWeighted.") List<String> weightBy,
        @Schema(description = "Statuses are those at the end of this year, when given.") Integer year,
        @Schema(description = "The weight of every level of every attribute, and 'unknown' for an uncoded one.")
        Map<String, Map<String, BigDecimal>> weights,
        List<AggregateRow> rows) {
}
