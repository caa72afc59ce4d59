package io.influenceatlas.scoring.client;

import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.common.problem.ProblemType;
import jakarta.ws.rs.WebApplicationException;

import java.util.function.Supplier;

/** How a client bean turns another service's answers into this service's exceptions. */
public final class SourceCalls {

    private SourceCalls() {
    }

    /**
     * Runs one call. 400, 404 and 422 mean the request was wrong (an unknown indicator, a filter the
     * service refuses) and become {@link SourceRejected}; every other failure (401, 403, 408, 429,
     * 5xx, no connection, a timeout) propagates for retry and the circuit breaker, and ends as a 503.
     */
    static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 400 || status == 404 || status == 422) {
                throw new SourceRejected(service, status, detail(e));
            }
            throw e;
        }
    }

    /** The 503 a caller answers when a source stays unavailable after the client's retries. */
    public static ProblemException unavailable(String service, Throwable cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                service + " is unavailable (" + why.lines().findFirst().orElse(why) + "); nothing was stored, retry later", null);
    }

    private static String detail(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            return body == null || body.isBlank() ? null : body.length() > 300 ? body.substring(0, 300) : body;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
