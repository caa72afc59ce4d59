package io.influenceatlas.scoring.definition;

import com.fasterxml.jackson.databind.JsonNode;
import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.engine.Data;
import io.influenceatlas.scoring.api.ComputeRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads /compute's units × indicators table into the engine's {@link Data}, naming every bad row and cell. */
public final class ComputeTable {

    public static final int MAX_ROWS = 10_000;
    public static final int MAX_COLUMNS = 500;

    private ComputeTable() {
    }

    /** The table, or null with {@code errors} filled. */
    public static Data read(ComputeRequest.Table table, List<ProblemError> errors) {
        if (table == null) {
            errors.add(ProblemError.field("/data", "is required"));
            return null;
        }
        List<String> columns = table.indicators();
        int before = errors.size();
        if (columns == null || columns.isEmpty()) {
            errors.add(ProblemError.field("/data/indicators", "at least one indicator column is required"));
            return null;
        }
        if (columns.size() > MAX_COLUMNS) {
            errors.add(ProblemError.field("/data/indicators", "at most " + MAX_COLUMNS + " columns"));
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < columns.size(); c++) {
            String code = columns.get(c);
            if (code == null || !MethodologyRules.CODE.matcher(code).matches()) {
                errors.add(ProblemError.field("/data/indicators/" + c, "must be 1–80 letters, digits, '_', '.' or '-'"));
            } else if (!seen.add(code)) {
                errors.add(ProblemError.field("/data/indicators/" + c, "column '" + code + "' appears twice"));
            }
        }
        List<ComputeRequest.Row> rows = table.rows();
        if (rows == null || rows.isEmpty()) {
            errors.add(ProblemError.field("/data/rows", "at least one row is required"));
            return null;
        }
        if (rows.size() > MAX_ROWS) {
            errors.add(ProblemError.field("/data/rows", "at most " + MAX_ROWS + " rows"));
            return null;
        }
        List<String> units = new ArrayList<>();
        Map<String, String> groups = new HashMap<>();
        double[][] values = new double[rows.size()][columns.size()];
        Set<String> unitSet = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            ComputeRequest.Row row = rows.get(r);
            String p = "/data/rows/" + r;
            if (row == null) {
                errors.add(ProblemError.row(r, p, "must not be null"));
                continue;
            }
            if (row.unit() == null || row.unit().isBlank() || row.unit().length() > 100) {
                errors.add(ProblemError.row(r, p + "/unit", "is required (at most 100 characters)"));
            } else if (!unitSet.add(row.unit())) {
                errors.add(ProblemError.row(r, p + "/unit", "unit '" + row.unit() + "' appears twice"));
            }
            units.add(row.unit());
            if (row.group() != null) {
                if (row.group().isBlank() || row.group().length() > 100) {
                    errors.add(ProblemError.row(r, p + "/group", "must be 1–100 characters when given"));
                }
                groups.put(row.unit(), row.group());
            }
            if (row.values() == null || row.values().size() != columns.size()) {
                errors.add(ProblemError.row(r, p + "/values", "has " + (row.values() == null ? 0 : row.values().size())
                        + " values; the table has " + columns.size() + " indicator columns"));
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                JsonNode v = row.values().get(c);
                if (v == null || v.isNull()) {
                    values[r][c] = Double.NaN;
                } else if (v.isNumber() && Double.isFinite(v.doubleValue())) {
                    values[r][c] = v.doubleValue();
                } else {
                    errors.add(ProblemError.row(r, p + "/values/" + c, "'" + abbreviate(v.toString())
                            + "' in column '" + columns.get(c) + "' is not a number (use null for a missing value)"));
                }
            }
        }
        return errors.size() > before ? null : new Data(units, columns, values, groups);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
