package io.influenceatlas.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem document, the body of every 4xx/5xx response in the suite.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(description = "Problem type: a path under /problems/ documented in docs/api-conventions.md.",
                examples = "/problems/validation-failed")
        String type,
        @Schema(description = "Short, stable summary of the problem type.", examples = "Validation failed")
        String title,
        @Schema(description = "HTTP status code.", examples = "422")
        int status,
        @Schema(description = "What went wrong in this occurrence.", examples = "2 fields are invalid")
        String detail,
        @Schema(description = "The request path that produced the problem.", examples = "/indicators")
        String instance,
        @Schema(description = "One entry per offending field, parameter or row.")
        List<ProblemError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
