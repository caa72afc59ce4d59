package io.influenceatlas.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One reason a request was refused. {@code field} is a JSON pointer (RFC 6901) into a JSON body
 * (for example {@code /sources/0/url}), the name of a query/path/header parameter, or a CSV column;
 * {@code row} is set for bulk files: the CSV record number counting the header as row 1, or the
 * zero-based index in a JSON array.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProblemError", description = "One offending field, parameter or row and the reason.")
public record ProblemError(
        @Schema(description = "JSON pointer into the body, parameter name, or CSV column.", examples = "/year")
        String field,
        @Schema(description = "Row of a bulk file: CSV record number (header = 1) or JSON array index.", examples = "3")
        Long row,
        @Schema(description = "Why the value was refused.", examples = "must be between 1900 and 2100")
        String message) {

    public static ProblemError field(String field, String message) {
        return new ProblemError(field, null, message);
    }

    public static ProblemError row(long row, String field, String message) {
        return new ProblemError(field, row, message);
    }
}
