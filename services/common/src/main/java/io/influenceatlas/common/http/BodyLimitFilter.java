package io.influenceatlas.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influenceatlas.common.problem.Problem;
import io.influenceatlas.common.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Refuses a body whose declared length exceeds quarkus.http.limits.max-body-size with a
 * problem+json 413 before any of it is read. A chunked body (no Content-Length) that grows past
 * the limit is cut off by Quarkus itself: 413 with an empty body and the connection closed.
 */
@ApplicationScoped
public class BodyLimitFilter {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length = -1;
            if (declared != null) {
                try {
                    length = Long.parseLong(declared.trim());
                } catch (NumberFormatException ignored) {
                    // Malformed Content-Length is rejected by the HTTP codec itself.
                }
            }
            if (length > limit) {
                ctx.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body(ctx.request().path(), length, limit));
                return;
            }
            ctx.next();
        });
    }

    private String body(String path, long length, long limit) {
        ProblemType t = ProblemType.PAYLOAD_TOO_LARGE;
        String detail = length < 0 ? "The request body is larger than this service accepts (at most " + limit + " bytes)"
                : "The request body has " + length + " bytes; this service accepts at most " + limit;
        Problem p = new Problem(t.uri(), t.title(), t.status(), detail, path, List.of());
        try {
            return mapper.writeValueAsString(p);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
