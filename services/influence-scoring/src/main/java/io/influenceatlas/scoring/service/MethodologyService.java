package io.influenceatlas.scoring.service;

import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.Pages;
import io.influenceatlas.common.paging.Sorts;
import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.scoring.api.MethodologyRequest;
import io.influenceatlas.scoring.api.MethodologyStatus;
import io.influenceatlas.scoring.api.MethodologySummaryView;
import io.influenceatlas.scoring.api.MethodologyView;
import io.influenceatlas.scoring.compute.Canonical;
import io.influenceatlas.scoring.definition.MethodologyRules;
import io.influenceatlas.scoring.domain.Methodology;
import io.influenceatlas.scoring.domain.MethodologyRepository;
import io.influenceatlas.scoring.domain.ScoreRun;
import io.influenceatlas.scoring.mapping.MethodologyMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Methodology versions: a draft is created, replaced or deleted freely; publishing freezes it. Every
 * write is checked whole (rules, then country-profile's catalogue) before anything is stored.
 */
@ApplicationScoped
public class MethodologyService {

    public static final Map<String, String> SORT_COLUMNS = Map.of("key", "key", "version", "version",
            "updatedAt", "updatedAt", "status", "status");

    public record Versioned(MethodologyView view, EntityTag etag) {
    }

    @Inject
    MethodologyRepository methodologies;

    @Inject
    MethodologyMapper mapper;

    @Inject
    InputCollector sources;

    @Inject
    MethodologyStore store;

    @Transactional
    public Page<MethodologySummaryView> list(String key, MethodologyStatus status, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (key != null) {
            where.add("key = :key");
            params.and("key", key);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return Pages.fetch(methodologies.find(query, Sorts.of(page, SORT_COLUMNS, "id"), params), page).map(mapper::summary);
    }

    @Transactional
    public Versioned get(String key, int version) {
        return store.versioned(store.find(key, version));
    }

    @Transactional
    public Versioned latest(String key) {
        return store.versioned(methodologies.latest(key).orElseThrow(() ->
                ProblemException.notFound("No methodology '" + key + "'")));
    }

    /**
     * Version 1 of a new methodology, as a draft. Like every write, it is checked (rules, then
     * country-profile's catalogue) before its transaction opens, so no database connection is held
     * while country-profile is asked.
     */
    public Versioned create(MethodologyRequest request, String user) {
        check(request, true);
        return store.create(request, user);
    }

    /** The next version of an existing methodology, as a draft. */
    public Versioned createVersion(String key, MethodologyRequest request, String user) {
        store.requireExists(key);
        sameKey(key, request);
        check(request, false);
        return store.createVersion(key, request, user);
    }

    public Versioned replace(String key, int version, String ifMatch, MethodologyRequest request, String user) {
        store.definition(key, version);
        sameKey(key, request);
        check(request, false);
        return store.replace(key, version, ifMatch, request, user);
    }

    public Versioned publish(String key, int version, String ifMatch, String user) {
        // The catalogue may have changed since the draft was written.
        sources.checkCatalogue(store.definition(key, version));
        return store.publish(key, version, ifMatch, user);
    }

    public void delete(String key, int version, String ifMatch) {
        store.delete(key, version, ifMatch);
    }

    private void check(MethodologyRequest request, boolean keyRequired) {
        List<ProblemError> errors = MethodologyRules.check(request, keyRequired);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        sources.checkCatalogue(request);
    }

    private static void sameKey(String key, MethodologyRequest request) {
        if (request != null && request.key() != null && !request.key().equals(key)) {
            throw ProblemException.invalidField("/key", "must be absent or '" + key + "', the methodology in the path");
        }
    }

}
