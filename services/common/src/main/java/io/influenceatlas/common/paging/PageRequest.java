package io.influenceatlas.common.paging;

import io.influenceatlas.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A validated page request: 1-based page, bounded size, and sort keys drawn from the endpoint's
 * allowed set (API names, mapped to columns by the repository).
 */
public record PageRequest(int page, int size, List<SortKey> sort) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public record SortKey(String key, boolean descending) {
        @Override
        public String toString() {
            return (descending ? "-" : "") + key;
        }
    }

    public PageRequest {
        sort = List.copyOf(sort);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /**
     * Validates the raw parameters.
     *
     * @param allowedSort the sort keys this endpoint understands
     * @param defaultSort used when the client gives none, e.g. "name" or "-date,id"
     */
    public static PageRequest of(PageParams params, Set<String> allowedSort, String defaultSort) {
        int page = positive("page", params == null ? null : params.page, 1, Integer.MAX_VALUE / MAX_SIZE);
        int size = positive("size", params == null ? null : params.size, DEFAULT_SIZE, MAX_SIZE);
        String raw = params == null || params.sort == null || params.sort.isBlank() ? defaultSort : params.sort;
        return new PageRequest(page, size, parseSort(raw, allowedSort));
    }

    public String sortParameter() {
        return String.join(",", sort.stream().map(SortKey::toString).toList());
    }

    private static List<SortKey> parseSort(String raw, Set<String> allowed) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        List<SortKey> keys = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String part : raw.split(",", -1)) {
            String token = part.trim();
            if (token.isEmpty()) {
                throw ProblemException.invalidParameter("sort", "empty sort key");
            }
            boolean desc = token.startsWith("-");
            String key = desc || token.startsWith("+") ? token.substring(1) : token;
            if (!allowed.contains(key)) {
                throw ProblemException.invalidParameter("sort",
                        "unknown sort key '" + key + "'; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (!seen.add(key)) {
                throw ProblemException.invalidParameter("sort", "sort key '" + key + "' given twice");
            }
            keys.add(new SortKey(key, desc));
        }
        return keys;
    }

    private static int positive(String name, String raw, int fallback, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < 1 || value > max) {
                throw ProblemException.invalidParameter(name, "must be between 1 and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "must be an integer, got '" + raw + "'");
        }
    }
}
