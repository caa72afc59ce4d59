package io.influenceatlas.countryprofile.service;

import io.influenceatlas.common.problem.ProblemError;

import java.util.List;

/** The evidence rule every source obeys beyond its field constraints. */
final class Sources {

    private Sources() {
    }

    /** A source names its publisher (a field constraint) and a URL or a title, so a reader can find it. */
    static void requireLocator(String url, String title, String pointer, List<ProblemError> errors) {
        if ((url == null || url.isBlank()) && (title == null || title.isBlank())) {
            errors.add(ProblemError.field(pointer + "/url", "a source needs a url or a title"));
        }
    }
}
