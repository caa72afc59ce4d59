package io.influenceatlas.common.problem;

/**
 * The problem types the suite emits. The type URI is a path (/problems/{slug}) resolved against
 * whichever host served the response; every service serves a short description there.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request",
            "The request body could not be read: it is not valid JSON (the detail gives line and column) or has trailing content."),
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter",
            "A query, path or header parameter is malformed or out of range; errors[].field names it."),
    NOT_FOUND(404, "not-found", "Not found",
            "No resource exists at this path, or a code in the path (country, indicator, ...) is unknown."),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed",
            "The path exists but does not support this HTTP method; the Allow header lists those it does."),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable",
            "None of the media types in the Accept header can be produced."),
    CONFLICT(409, "conflict", "Conflict",
            "The request conflicts with the current state: a code that already exists, a record still referenced, or a concurrent write that won."),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed",
            "If-Match does not match the resource's current ETag: someone changed it since you read it. GET it again and retry."),
    LENGTH_REQUIRED(411, "length-required", "Length required",
            "This endpoint takes bodies of a limited size, so it needs a Content-Length header rather than a chunked body."),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large",
            "The request body is larger than this service accepts."),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type",
            "The Content-Type of the body is not one this endpoint accepts."),
    VALIDATION_FAILED(422, "validation-failed", "Validation failed",
            "The body is well-formed but its content is invalid; errors[] names each field (JSON pointer or CSV column) and row, with the reason. Nothing was written."),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required",
            "This write needs an If-Match header with the ETag from your last GET, so that it cannot overwrite someone else's change."),
    INTERNAL_ERROR(500, "internal-error", "Internal error",
            "An unexpected error; the detail carries a reference that is also in the service log."),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable",
            "A resource this service depends on (its database or another service) is unavailable; retry later.");

    private final int status;
    private final String slug;
    private final String title;
    private final String description;

    ProblemType(int status, String slug, String title, String description) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.description = description;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The type for a status that has no more specific meaning in the suite. */
    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t != INVALID_PARAMETER) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
