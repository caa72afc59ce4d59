package io.influenceatlas.projectregistry.importer;

import java.util.Iterator;

/** Reads an import body row by row, so a file of any length is held in memory one row at a time. */
public interface RowReader extends Iterator<ImportRow> {

    /** JSON or CSV: decides how errors name fields. */
    ImportFormat format();

    /** Errors of the file as a whole (a bad CSV header), known once reading has started. */
    java.util.List<io.influenceatlas.common.problem.ProblemError> fileErrors();
}
