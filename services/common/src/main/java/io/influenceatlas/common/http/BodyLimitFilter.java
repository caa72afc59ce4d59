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
 * Refuses a body whose declared length exceeds the limit with a problem+json 413 before any of it
 * is read. The limit is {@code atlas.http.max-body-size} (default: quarkus.http.limits.max-body-size),
 * except on the paths listed in {@code atlas.http.large-body-paths} (streamed imports), which may
 * use all of quarkus.http.limits.max-body-size. A chunked body (no Content-Length) that grows past
 * Quarkus' limit is cut off by Quarkus itself: 413 with an empty body and the connection closed.
 */
@ApplicationScoped
public class BodyLimitFilter {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize maxBodySize;

    @ConfigProperty(name = "atlas.http.max-body-size")
    java.util.Optional<MemorySize> ordinaryBodySize;

    @ConfigProperty(name = "atlas.http.large-body-paths")
    java.util.Optional<List<String>> largeBodyPaths;

    static final java.util.Set<String> BODY_METHODS = java.util.Set.of("POST", "PUT", "PATCH");

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        long largest = maxBodySize.asLongValue();
        long ordinary = Math.min(largest, ordinaryBodySize.map(MemorySize::asLongValue).orElse(largest));
        List<String> large = largeBodyPaths.orElse(List.of());
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String path = ctx.normalizedPath();
            boolean largePath = large.contains(path) || large.contains(path.replaceAll("/+$", ""));
            long limit = largePath ? largest : ordinary;
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            // Quarkus cuts off a body without a declared length (chunked, or HTTP/2) only at its own,
            // larger limit: where a smaller limit applies, a request with a body must declare its length.
            if (declared == null && limit < largest && BODY_METHODS.contains(ctx.request().method().name())) {
                reply(ctx, ProblemType.LENGTH_REQUIRED, "A body sent to " + path + " must declare its Content-Length (at most "
                        + limit + " bytes); only " + String.join(", ", large) + " accept chunked bodies");
                return;
            }
            long length = -1;
            if (declared != null) {
                try {
                    length = Long.parseLong(declared.trim());
                } catch (NumberFormatException ignored) {
                    // Malformed Content-Length is rejected by the HTTP codec itself.
                }
            }
            if (length > limit) {
                reply(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body has " + length + " bytes; " + path
                        + " accepts at most " + limit);
                return;
            }
            ctx.next();
        });
    }

    private void reply(io.vertx.ext.web.RoutingContext ctx, ProblemType t, String detail) {
        Problem p = new Problem(t.uri(), t.title(), t.status(), detail, ctx.request().path(), List.of());
        String body;
        try {
            body = mapper.writeValueAsString(p);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        ctx.response()
                .setStatusCode(t.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
