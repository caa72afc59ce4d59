package io.influenceatlas.common.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the where-clause of a filtered list query from optional criteria: a criterion whose
 * value is absent (null or empty) is simply left out.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code clause} (which uses :name) when value is present. */
    public Where and(String clause, String name, Object value) {
        if (value == null || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof String s && s.isBlank())) {
            return this;
        }
        clauses.add(clause);
        params.put(name, value);
        return this;
    }

    /** Adds a clause without parameters when condition holds. */
    public Where andIf(boolean condition, String clause) {
        if (condition) {
            clauses.add(clause);
        }
        return this;
    }

    /** Adds a parameter used by a clause added separately. */
    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** A case-insensitive "contains" pattern for LIKE ... ESCAPE '\', with wildcards in the input escaped. */
    public static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
