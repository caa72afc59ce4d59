package io.influenceatlas.projectregistry.importer;

import io.influenceatlas.common.problem.ProblemError;

/** How errors of a row name the offending field: a JSON pointer into the array, or a CSV column. */
public enum ImportFormat {
    JSON, CSV;

    /** An error found on the parsed request (pointer relative to the row) as this format names it. */
    public ProblemError error(long row, String pointer, String message) {
        if (this == JSON) {
            return ProblemError.row(row, "/" + row + pointer, message);
        }
        ProjectCsv.Column column = ProjectCsv.column(pointer);
        return ProblemError.row(row, column.name(), column.item() == null ? message : "item " + column.item() + ": " + message);
    }
}
