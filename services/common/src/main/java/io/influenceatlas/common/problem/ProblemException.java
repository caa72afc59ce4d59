package io.influenceatlas.common.problem;

import java.util.List;

/**
 * Thrown by services to refuse a request; rendered as problem+json by {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<ProblemError> errors;
    private final int status;

    public ProblemException(ProblemType type, String detail, List<ProblemError> errors) {
        this(type, type.status(), detail, errors);
    }

    private ProblemException(ProblemType type, int status, String detail, List<ProblemError> errors) {
        super(detail);
        this.type = type;
        this.status = status;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return status;
    }

    public List<ProblemError> errors() {
        return errors;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail, null);
    }

    public static ProblemException invalidParameter(String parameter, String message) {
        return new ProblemException(ProblemType.INVALID_PARAMETER,
                "Parameter '" + parameter + "' is invalid: " + message,
                List.of(ProblemError.field(parameter, message)));
    }

    public static ProblemException invalid(List<ProblemError> errors) {
        String detail = errors.size() == 1
                ? describe(errors.get(0))
                : errors.size() + " problems found; see errors";
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail, errors);
    }

    public static ProblemException invalidField(String pointer, String message) {
        return invalid(List.of(ProblemError.field(pointer, message)));
    }

    public static ProblemException malformed(String detail) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, detail, null);
    }

    private static String describe(ProblemError e) {
        StringBuilder sb = new StringBuilder();
        if (e.row() != null) {
            sb.append("row ").append(e.row()).append(": ");
        }
        if (e.field() != null && !e.field().isEmpty()) {
            sb.append(e.field()).append(' ');
        }
        return sb.append(e.message()).toString();
    }
}
