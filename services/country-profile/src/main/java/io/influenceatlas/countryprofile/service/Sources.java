package io.influenceatlas.countryprofile.service;

import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.countryprofile.api.SourceRules;

import java.util.List;

/** Applies {@link SourceRules} to a source inside a request body. */
final class Sources {

    private Sources() {
    }

    static void requireLocator(String url, String title, String pointer, List<ProblemError> errors) {
        if (!SourceRules.hasLocator(url, title)) {
            errors.add(ProblemError.field(pointer + "/url", SourceRules.LOCATOR_MESSAGE));
        }
    }
}
