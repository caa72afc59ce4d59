package io.influenceatlas.engine;

import java.util.List;
import java.util.Map;

/**
 * The units × indicators table: {@code values[u][i]} is unit u's raw value of indicator i, NaN when
 * missing. {@code unitGroups} (e.g. unit → region) serves GROUP_MEAN imputation; it may be empty.
 */
public record Data(List<String> units, List<String> indicators, double[][] values, Map<String, String> unitGroups) {

    public Data {
        units = List.copyOf(units);
        indicators = List.copyOf(indicators);
        unitGroups = Map.copyOf(unitGroups);
    }
}
