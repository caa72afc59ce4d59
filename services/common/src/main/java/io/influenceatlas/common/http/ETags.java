package io.influenceatlas.common.http;

import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.common.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

import java.time.Instant;
import java.util.List;

/**
 * Optimistic concurrency over HTTP. A mutable resource's ETag is its row version plus the time of
 * its last change, so a resource deleted and created again never repeats an old tag. Writes must
 * present the tag in If-Match (RFC 9110 §13.1.1); a write without it is refused with 428 rather
 * than silently overwriting someone else's edit.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    public static EntityTag of(long version, Instant changedAt) {
        return new EntityTag(version + "-" + (changedAt == null ? 0 : changedAt.toEpochMilli()));
    }

    /**
     * @throws ProblemException 428 when the header is missing, 412 when no listed tag matches
     */
    public static void requireMatch(String ifMatch, EntityTag current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "This write needs an If-Match header carrying the ETag from your last GET ("
                            + current + " is current)", List.of());
        }
        if (!matches(ifMatch, current.getValue())) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "If-Match " + ifMatch.trim() + " does not match the current ETag " + current
                            + "; the resource changed since you read it", List.of());
        }
    }

    /** For a write that would create the resource: any If-Match, even "*", is false (RFC 9110). */
    public static void requireAbsent(String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "If-Match " + ifMatch.trim() + " cannot match: the resource does not exist", List.of());
        }
    }

    static boolean matches(String ifMatch, String current) {
        for (String raw : ifMatch.split(",")) {
            String tag = raw.trim();
            if (tag.equals("*")) {
                return true;
            }
            // If-Match uses strong comparison: weak tags never match.
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                    && tag.substring(1, tag.length() - 1).equals(current)) {
                return true;
            }
        }
        return false;
    }
}
