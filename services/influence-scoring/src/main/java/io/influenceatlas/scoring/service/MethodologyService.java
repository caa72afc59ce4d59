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
        return versioned(find(key, version));
    }

    @Transactional
    public Versioned latest(String key) {
        List<Methodology> all = methodologies.versions(key);
        if (all.isEmpty()) {
            throw ProblemException.notFound("No methodology '" + key + "'");
        }
        return versioned(all.get(all.size() - 1));
    }

    /** Version 1 of a new methodology, as a draft. */
    @Transactional
    public Versioned create(MethodologyRequest request, String user) {
        check(request, true);
        if (methodologies.lastVersion(request.key()) > 0) {
            throw ProblemException.conflict("Methodology '" + request.key() + "' exists; POST /methodologies/"
                    + request.key() + "/versions to add a version");
        }
        return versioned(insert(request.key(), 1, request, user));
    }

    /** The next version of an existing methodology, as a draft. */
    @Transactional
    public Versioned createVersion(String key, MethodologyRequest request, String user) {
        int last = methodologies.lastVersion(key);
        if (last == 0) {
            throw ProblemException.notFound("No methodology '" + key + "'");
        }
        sameKey(key, request);
        check(request, false);
        return versioned(insert(key, last + 1, request, user));
    }

    @Transactional
    public Versioned replace(String key, int version, String ifMatch, MethodologyRequest request, String user) {
        Methodology m = find(key, version);
        ETags.requireMatch(ifMatch, etag(m));
        requireDraft(m, "replaced");
        sameKey(key, request);
        check(request, false);
        m.name = request.name();
        m.definition = mapper.definitionJson(request);
        m.definitionHash = Canonical.hashJson(m.definition);
        m.updatedAt = now();
        m.updatedBy = user;
        methodologies.flush();
        return versioned(m);
    }

    @Transactional
    public Versioned publish(String key, int version, String ifMatch, String user) {
        Methodology m = find(key, version);
        ETags.requireMatch(ifMatch, etag(m));
        requireDraft(m, "published again");
        // The catalogue may have changed since the draft was written.
        sources.checkCatalogue(mapper.definition(m.definition, m.key));
        m.status = MethodologyStatus.PUBLISHED;
        m.publishedAt = now();
        m.updatedAt = m.publishedAt;
        m.updatedBy = user;
        methodologies.flush();
        return versioned(m);
    }

    @Transactional
    public void delete(String key, int version, String ifMatch) {
        Methodology m = find(key, version);
        ETags.requireMatch(ifMatch, etag(m));
        requireDraft(m, "deleted");
        if (ScoreRun.count("methodologyId", m.id) > 0) {
            throw ProblemException.conflict("Version " + version + " of '" + key + "' has runs; a draft with runs cannot be deleted");
        }
        methodologies.delete(m);
    }

    /** Installs a checked definition as a published version 1 (the shipped default methodology). */
    @Transactional
    public Methodology installPublished(MethodologyRequest request, String user) {
        Methodology m = insert(request.key(), 1, request, user);
        m.status = MethodologyStatus.PUBLISHED;
        m.publishedAt = m.createdAt;
        return m;
    }

    private Methodology insert(String key, int version, MethodologyRequest request, String user) {
        Methodology m = new Methodology();
        m.key = key;
        m.version = version;
        m.status = MethodologyStatus.DRAFT;
        m.name = request.name();
        m.definition = mapper.definitionJson(request);
        m.definitionHash = Canonical.hashJson(m.definition);
        m.createdAt = now();
        m.createdBy = user;
        m.updatedAt = m.createdAt;
        m.updatedBy = user;
        methodologies.persistAndFlush(m);
        return m;
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

    private static void requireDraft(Methodology m, String action) {
        if (m.status == MethodologyStatus.PUBLISHED) {
            throw ProblemException.conflict("Version " + m.version + " of '" + m.key + "' is published and cannot be " + action
                    + "; POST /methodologies/" + m.key + "/versions to make a new version");
        }
    }

    Methodology find(String key, int version) {
        return methodologies.version(key, version).orElseThrow(() ->
                ProblemException.notFound("No version " + version + " of methodology '" + key + "'"));
    }

    private Versioned versioned(Methodology m) {
        return new Versioned(mapper.view(m), etag(m));
    }

    private static EntityTag etag(Methodology m) {
        return ETags.of(m.rowVersion, m.updatedAt);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
