package io.influenceatlas.common.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns Bean Validation violations into problem errors whose field is a JSON pointer. */
public final class Violations {

    private Violations() {
    }

    /**
     * Validates a bean and reports each violation under {@code prefix} (e.g. "/3" for the fourth
     * element of a JSON array) with an optional bulk row number.
     */
    public static <T> List<ProblemError> check(Validator validator, T bean, String prefix, Long row) {
        List<ProblemError> errors = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(bean)) {
            errors.add(new ProblemError(prefix + pointer(v.getPropertyPath(), 0), row, v.getMessage()));
        }
        errors.sort(Comparator.comparing(ProblemError::field));
        return errors;
    }

    /** The JSON pointer of the path's nodes from {@code from} on (earlier nodes: method and parameter). */
    static String pointer(Path path, int from) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder pointer = new StringBuilder();
        for (int i = from; i < nodes.size(); i++) {
            Path.Node n = nodes.get(i);
            if (n.isInIterable() && n.getIndex() != null) {
                pointer.append('/').append(n.getIndex());
            } else if (n.isInIterable() && n.getKey() != null) {
                pointer.append('/').append(escape(n.getKey().toString()));
            }
            if (n.getName() != null && n.getKind() != ElementKind.CONTAINER_ELEMENT) {
                pointer.append('/').append(escape(n.getName()));
            }
        }
        return pointer.toString();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
