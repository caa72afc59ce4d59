package io.influenceatlas.projectregistry.importer;

import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.projectregistry.api.ProjectRequest;

import java.util.List;

/**
 * One row of an import: its number (CSV record number with the header as row 1, or the JSON array
 * index), the request it parsed to (null when nothing could be read) and the errors met parsing it.
 * A row with parse errors still carries what could be read, so its other fields are checked too.
 */
public record ImportRow(long row, ProjectRequest request, List<ProblemError> errors) {
}
