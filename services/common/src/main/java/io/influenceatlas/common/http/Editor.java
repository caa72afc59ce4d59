package io.influenceatlas.common.http;

import io.influenceatlas.common.problem.ProblemException;

/**
 * Who is making a change. The gateway authenticates callers and sets {@value #HEADER}; a service
 * reached directly (local run, tests) records "anonymous" when the header is absent.
 */
public final class Editor {

    public static final String HEADER = "X-Atlas-User";
    public static final String ANONYMOUS = "anonymous";
    public static final int MAX_LENGTH = 200;

    private Editor() {
    }

    public static String resolve(String header) {
        if (header == null || header.isBlank()) {
            return ANONYMOUS;
        }
        String name = header.trim();
        if (name.length() > MAX_LENGTH) {
            throw ProblemException.invalidParameter(HEADER, "must be at most " + MAX_LENGTH + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalidParameter(HEADER, "must not contain control characters");
        }
        return name;
    }
}
