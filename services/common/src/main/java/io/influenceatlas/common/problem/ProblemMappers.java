package io.influenceatlas.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.influenceatlas.common.http.AllowedMethods;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place where exceptions become RFC 9457 problem documents. Shared by every service so
 * that a client sees the same error shape whichever service answered.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return render(e.type(), e.status(), e.getMessage(), e.errors(), uri);
    }

    /** Bean Validation on resource parameters (Quarkus REST wraps violations in a subclass we must name). */
    @ServerExceptionMapper({ConstraintViolationException.class,
            io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException.class})
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        boolean onReturnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (onReturnValue) {
            return unexpected(e, uri, null);
        }
        List<ProblemError> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::toError)
                .sorted(Comparator.comparing(ProblemError::field))
                .collect(Collectors.toList());
        boolean parameterOnly = errors.stream().noneMatch(err -> err.field().startsWith("/") || err.field().isEmpty());
        ProblemException p = parameterOnly
                ? new ProblemException(ProblemType.INVALID_PARAMETER, detailFor(errors), errors)
                : ProblemException.invalid(errors);
        return problem(p, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
        String where = e.getLocation() == null ? "" :
                " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return render(ProblemType.MALFORMED_REQUEST, 400, "The request body is not valid JSON" + where + ": "
                + e.getOriginalMessage(), List.of(), uri);
    }

    /** Wrong JSON types, unknown enum constants, unknown properties, values a record constructor refused. */
    @ServerExceptionMapper({JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, ValueInstantiationException.class})
    public Response unmappableJson(JsonMappingException e, UriInfo uri) {
        return problem(ProblemException.invalid(List.of(JsonErrors.toError(e, "", null))), uri);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return render(ProblemType.MALFORMED_REQUEST, 400, "The request body could not be read: " + e.getOriginalMessage(),
                List.of(), uri);
    }

    /** JAX-RS statuses (unknown route 404, 405, 406, 415, ...) and bodies above the configured limit (413). */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // The JSON body reader reports unreadable bodies as a bare 400 wrapping Jackson's exception.
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException parse) {
            return unreadableJson(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unmappableJson(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException other) {
            return otherJson(other, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, null);
        }
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "Method not allowed on " + uri.getPath();
            case 413 -> "The request body is larger than this service accepts";
            default -> e.getMessage();
        };
        Response r = render(ProblemType.forStatus(status), status, detail, List.of(), uri);
        String allow = status == 405 ? allowedMethods.allowFor(uri.getPath()) : null;
        return allow == null ? r : Response.fromResponse(r).header("Allow", allow).build();
    }

    /**
     * Everything else: a problem wrapped by a framework, a write that lost a race, the database
     * being unreachable, or a bug (500 with a reference that is also logged).
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProblemException p) {
                return problem(p, uri);
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                // With If-Match the client asked for "only if unchanged": 412. Without (bulk upserts), 409.
                boolean conditional = headers != null && headers.getHeaderString("If-Match") != null;
                return conditional
                        ? render(ProblemType.PRECONDITION_FAILED, 412, "The resource was changed by another request; "
                        + "fetch it again and retry with its new ETag", List.of(), uri)
                        : render(ProblemType.CONFLICT, 409, "A concurrent request changed the same records; retry",
                        List.of(), uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException c) {
                return render(ProblemType.CONFLICT, 409, "23503".equals(c.getSQLState())
                        ? "The write refers to, or removes, a record another request changed at the same time; retry"
                        : "A concurrent request created the same record; fetch it and retry", List.of(), uri);
            }
            if (cause instanceof org.hibernate.exception.DataException) {
                return render(ProblemType.VALIDATION_FAILED, 422,
                        "A value is outside what the database can store", List.of(), uri);
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException) {
                LOG.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), cause.getMessage());
                return render(ProblemType.SERVICE_UNAVAILABLE, 503, "The database is unavailable; retry later",
                        List.of(), uri);
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, uri == null ? "?" : uri.getPath());
        return render(ProblemType.INTERNAL_ERROR, 500, "An unexpected error occurred (reference " + reference + ")",
                List.of(), uri);
    }

    private Response render(ProblemType type, int status, String detail, List<ProblemError> errors, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), status, detail, uri == null ? null : uri.getPath(), errors);
        try {
            return Response.status(status)
                    .type(Problem.MEDIA_TYPE)
                    .entity(mapper.writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static ProblemError toError(ConstraintViolation<?> v) {
        List<Path.Node> nodes = new ArrayList<>();
        v.getPropertyPath().forEach(nodes::add);
        int param = -1;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).getKind() == ElementKind.PARAMETER) {
                param = i;
                break;
            }
        }
        if (param < 0) {
            return ProblemError.field(Violations.pointer(v.getPropertyPath(), 0), v.getMessage());
        }
        // By convention the body parameter is named "request"; anything else is a query/path/header parameter.
        String paramName = nodes.get(param).getName();
        String pointer = Violations.pointer(v.getPropertyPath(), param + 1);
        if ("request".equals(paramName) || !pointer.isEmpty()) {
            return ProblemError.field(pointer,
                    pointer.isEmpty() && v.getInvalidValue() == null ? "a request body is required" : v.getMessage());
        }
        return ProblemError.field(paramName, v.getMessage());
    }

    private static List<ElementKind> kinds(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(n -> kinds.add(n.getKind()));
        return kinds;
    }

    private static String detailFor(List<ProblemError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
    }
}
