package io.influenceatlas.projectregistry.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The weights that turn a project's lock-in attributes into numbers for the aggregates. Each
 * attribute maps its levels to (0, 1]; a project whose attribute is not coded gets the neutral
 * {@link #UNKNOWN}, so missing codings neither inflate nor erase a project. A weighted count is the
 * sum over projects of the product of the chosen attributes' weights.
 */
public enum LockInWeights {

    CRITICALITY("layer_criticality", Map.of("BACKBONE", "1.0", "CORE", "0.8", "DISTRIBUTION", "0.6", "ACCESS", "0.4", "EDGE", "0.2")),
    SWITCHING_COST("switching_cost", Map.of("HIGH", "1.0", "MEDIUM", "0.6", "LOW", "0.3")),
    SUPPLIER_ROLE("supplier_role", Map.of("OPERATES", "1.0", "MAINTAINS", "0.7", "BUILDS_ONLY", "0.4")),
    DATA_ACCESS("data_access", Map.of("FULL", "1.0", "LIMITED", "0.6", "NONE", "0.2")),
    STANDARD("standard", Map.of("PROPRIETARY", "1.0", "MIXED", "0.7", "OPEN", "0.4"));

    public static final BigDecimal UNKNOWN = new BigDecimal("0.5");

    private final String column;
    private final Map<String, BigDecimal> weights;

    LockInWeights(String column, Map<String, String> weights) {
        this.column = column;
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        weights.entrySet().stream().sorted(Map.Entry.<String, String>comparingByValue().reversed())
                .forEach(e -> w.put(e.getKey(), new BigDecimal(e.getValue())));
        this.weights = w;
    }

    /** The API name: criticality, switchingCost, supplierRole, dataAccess, standard. */
    public String key() {
        String[] parts = name().toLowerCase().split("_");
        StringBuilder key = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return key.toString();
    }

    public Map<String, BigDecimal> weights() {
        return weights;
    }

    /** SQL for this attribute's weight of project {@code p}. Values are constants from this class, never input. */
    public String sql() {
        StringBuilder sql = new StringBuilder("(case p.").append(column);
        weights.forEach((level, weight) -> sql.append(" when '").append(level).append("' then ").append(weight.toPlainString()));
        return sql.append(" else ").append(UNKNOWN.toPlainString()).append(" end)").toString();
    }

    public static LockInWeights byKey(String key) {
        for (LockInWeights w : values()) {
            if (w.key().equals(key)) {
                return w;
            }
        }
        return null;
    }
}
