package io.influenceatlas.scoring.service;

import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.scoring.api.MethodologyRequest;
import io.influenceatlas.scoring.api.MethodologyStatus;
import io.influenceatlas.scoring.compute.Canonical;
import io.influenceatlas.scoring.domain.Methodology;
import io.influenceatlas.scoring.domain.MethodologyRepository;
import io.influenceatlas.scoring.domain.ScoreRun;
import io.influenceatlas.scoring.mapping.MethodologyMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The transactional writes of methodology versions; {@link MethodologyService} checks a request first. */
@ApplicationScoped
public class MethodologyStore {

    @Inject
    MethodologyRepository methodologies;

    @Inject
    MethodologyMapper mapper;

    @Transactional
    public MethodologyService.Versioned create(MethodologyRequest request, String user) {
        if (methodologies.lastVersion(request.key()) > 0) {
            throw ProblemException.conflict("Methodology '" + request.key() + "' exists; POST /methodologies/"
                    + request.key() + "/versions to add a version");
        }
        return versioned(insert(request.key(), 1, request, user));
    }

    @Transactional
    public MethodologyService.Versioned createVersion(String key, MethodologyRequest request, String user) {
        return versioned(insert(key, requireExists(key) + 1, request, user));
    }

    @Transactional
    public MethodologyService.Versioned replace(String key, int version, String ifMatch, MethodologyRequest request, String user) {
        Methodology m = find(key, version);
        ETags.requireMatch(ifMatch, etag(m));
        requireDraft(m, "replaced");
        m.name = request.name();
        m.definition = mapper.definitionJson(request);
        m.definitionHash = Canonical.hashJson(m.definition);
        m.updatedAt = now();
        m.updatedBy = user;
        methodologies.flush();
        return versioned(m);
    }

    @Transactional
    public MethodologyService.Versioned publish(String key, int version, String ifMatch, String user) {
        Methodology m = find(key, version);
        ETags.requireMatch(ifMatch, etag(m));
        requireDraft(m, "published again");
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

    /** A checked definition installed as the next published version (the shipped default methodology). */
    @Transactional
    public Methodology installPublished(MethodologyRequest request, String user) {
        Methodology m = insert(request.key(), methodologies.lastVersion(request.key()) + 1, request, user);
        m.status = MethodologyStatus.PUBLISHED;
        m.publishedAt = m.createdAt;
        return m;
    }

    @Transactional
    public MethodologyRequest definition(String key, int version) {
        Methodology m = find(key, version);
        return mapper.definition(m.definition, m.key);
    }

    /** The last version number of an existing methodology; 404 if there is none. */
    @Transactional
    public int requireExists(String key) {
        int last = methodologies.lastVersion(key);
        if (last == 0) {
            throw ProblemException.notFound("No methodology '" + key + "'");
        }
        return last;
    }

    Methodology find(String key, int version) {
        return methodologies.version(key, version).orElseThrow(() ->
                ProblemException.notFound("No version " + version + " of methodology '" + key + "'"));
    }

    MethodologyService.Versioned versioned(Methodology m) {
        return new MethodologyService.Versioned(mapper.view(m), etag(m));
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

    private static void requireDraft(Methodology m, String action) {
        if (m.status == MethodologyStatus.PUBLISHED) {
            throw ProblemException.conflict("Version " + m.version + " of '" + m.key + "' is published and cannot be " + action
                    + "; POST /methodologies/" + m.key + "/versions to make a new version");
        }
    }

    private static EntityTag etag(Methodology m) {
        return ETags.of(m.rowVersion, m.updatedAt);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
