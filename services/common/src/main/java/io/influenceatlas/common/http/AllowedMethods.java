package io.influenceatlas.common.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path supports, read from the JAX-RS resources at start, so that a 405 can carry
 * the Allow header RFC 9110 §15.5.6 requires (Quarkus REST does not add it).
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern pattern, String method) {
    }

    private final List<Route> routes = new ArrayList<>();

    void collect(@Observes StartupEvent event, BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method m : type.getMethods()) {
                String http = httpMethod(m);
                if (http != null) {
                    Path sub = m.getAnnotation(Path.class);
                    routes.add(new Route(pattern(root.value() + "/" + (sub == null ? "" : sub.value())), http));
                }
            }
        }
    }

    /** The Allow header value for a path, or null when no resource matches it. */
    public String allowFor(String path) {
        Set<String> methods = new TreeSet<>();
        String normalized = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        for (Route r : routes) {
            if (r.pattern().matcher(normalized).matches()) {
                methods.add(r.method());
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return String.join(", ", methods);
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** A JAX-RS path template as a regular expression: each {param} matches one segment. */
    static Pattern pattern(String template) {
        String path = ("/" + template).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
