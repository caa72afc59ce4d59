package io.influenceatlas.common.http;

import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.common.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

import java.util.List;

/**
 * Optimistic concurrency over HTTP: a mutable resource's ETag is its row version, and writes
 * must present it in If-Match (RFC 9110 §13.1.1). A write without If-Match is refused with 428
 * rather than silently overwriting someone else's edit.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * @throws ProblemException 428 when the header is missing, 412 when no listed tag matches
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "This write needs an If-Match header carrying the ETag from your last GET ("
                            + of(currentVersion) + " is current)", List.of());
        }
        if (!matches(ifMatch, currentVersion)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "If-Match " + ifMatch.trim() + " does not match the current ETag " + of(currentVersion)
                            + "; the resource changed since you read it", List.of());
        }
    }

    static boolean matches(String ifMatch, long currentVersion) {
        String current = Long.toString(currentVersion);
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
