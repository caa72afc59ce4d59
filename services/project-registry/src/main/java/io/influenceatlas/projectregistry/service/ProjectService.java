package io.influenceatlas.projectregistry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.http.Timestamps;
import io.influenceatlas.common.json.MergePatch;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.common.problem.Violations;
import io.influenceatlas.projectregistry.api.ProjectRequest;
import io.influenceatlas.projectregistry.api.ProjectView;
import io.influenceatlas.projectregistry.api.RevisionView;
import io.influenceatlas.projectregistry.domain.Organisation;
import io.influenceatlas.projectregistry.domain.OrganisationLink;
import io.influenceatlas.projectregistry.domain.Project;
import io.influenceatlas.projectregistry.domain.ProjectFilter;
import io.influenceatlas.projectregistry.domain.ProjectRepository;
import io.influenceatlas.projectregistry.domain.Revision;
import io.influenceatlas.projectregistry.importer.ControlCharacters;
import io.influenceatlas.projectregistry.importer.ProjectRules;
import io.influenceatlas.projectregistry.importer.References;
import io.influenceatlas.projectregistry.mapping.ProjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Projects: search, read (now or as of a past instant), create, replace, merge-patch, delete, history. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectService {

    @Inject
    ProjectRepository projects;

    @Inject
    RevisionService revisions;

    @Inject
    ReferenceData reference;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public Page<ProjectView> search(ProjectFilter filter, PageRequest page) {
        Page<Project> found = projects.search(filter, page);
        return Page.of(views(found.items()), page, found.total());
    }

    public ProjectView get(long id) {
        Project p = require(id);
        return view(p, organisations(List.of(p)));
    }

    public ProjectView asOf(long id, Instant at) {
        return revisions.asOf(Revision.PROJECT, id, at, ProjectView.class);
    }

    public Page<RevisionView> history(long id, PageRequest page) {
        return revisions.history(Revision.PROJECT, id, page);
    }

    @Transactional
    public ProjectView create(ProjectRequest request, String editor) {
        References refs = reference.references();
        ProjectRequest r = checked(request, refs);
        if (r.externalId() != null) {
            projects.findByExternalId(r.externalId()).ifPresent(p -> {
                throw ProblemException.conflict("externalId '" + r.externalId() + "' is already used by project " + p.id);
            });
        }
        Project p = new Project();
        save(p, null, r, editor, false);
        projects.flush();
        return get(p.id);
    }

    @Transactional
    public ProjectView replace(long id, String ifMatch, ProjectRequest request, String editor) {
        Project p = require(id);
        ETags.requireMatch(ifMatch, ETags.of(p.version, p.updatedAt));
        ProjectRequest r = checked(request, reference.references());
        if (r.externalId() != null) {
            projects.findByExternalId(r.externalId()).filter(other -> !other.id.equals(p.id)).ifPresent(other -> {
                throw ProblemException.conflict("externalId '" + r.externalId() + "' is already used by project " + other.id);
            });
        }
        save(p, ProjectMapper.toRequest(p, json), r, editor, false);
        projects.flush();
        return get(id);
    }

    /** RFC 7396 merge patch over the project's request form, then checked as a whole like a PUT. */
    @Transactional
    public ProjectView patch(long id, String ifMatch, JsonNode patch, String editor) {
        Project p = require(id);
        ETags.requireMatch(ifMatch, ETags.of(p.version, p.updatedAt));
        ProjectRequest request = MergePatch.merge(json, ProjectMapper.toRequest(p, json), patch, ProjectRequest.class);
        return replace(id, ifMatch, request, editor);
    }

    @Transactional
    public void delete(long id, String ifMatch, String editor) {
        Project p = require(id);
        ETags.requireMatch(ifMatch, ETags.of(p.version, p.updatedAt));
        ProjectView before = view(p, organisations(List.of(p)));
        projects.delete(p);
        revisions.record(Revision.PROJECT, id, p.version + 1, Timestamps.now(), editor, before, null);
    }

    /** Field constraints and project rules; 422 listing every error. Returns the canonical request. */
    ProjectRequest checked(ProjectRequest request, References refs) {
        if (request == null) {
            throw ProblemException.invalidField("", "a project object is required");
        }
        List<ProblemError> errors = new ArrayList<>(Violations.check(validator, request, "", null));
        errors.addAll(ProjectRules.check(request, refs, "", null));
        ControlCharacters.find(json.valueToTree(request)).forEach(f -> errors.add(ProblemError.field(f, ControlCharacters.MESSAGE)));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return canonical(request, refs);
    }

    ProjectRequest canonical(ProjectRequest request, References refs) {
        return ProjectMapper.canonical(request, refs::country, l -> refs.organisation(l.id(), l.name()));
    }

    /** What a save did. */
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    /**
     * Writes a checked, canonical request onto a project (new when {@code current} is null) and
     * records the revision; content equal to {@code current} is left alone, so the ETag stays.
     * With {@code dryRun} it only tells what it would do.
     */
    Outcome save(Project p, ProjectRequest current, ProjectRequest r, String editor, boolean sample) {
        return save(p, current, r, editor, sample, false, null);
    }

    Outcome save(Project p, ProjectRequest current, ProjectRequest r, String editor, boolean sample, boolean dryRun,
                 Map<Long, Organisation> organisationCache) {
        boolean creating = current == null;
        // An edit that changes nothing is no edit: the record keeps its ETag (and stays sample data).
        if (!creating && SameContent.same(json.valueToTree(current), json.valueToTree(r))) {
            return Outcome.UNCHANGED;
        }
        if (dryRun) {
            return creating ? Outcome.CREATED : Outcome.UPDATED;
        }
        Map<Long, Organisation> orgs = organisationCache != null ? organisationCache : new HashMap<>();
        ProjectView before = creating ? null : view(p, organisations(List.of(p), orgs));
        ProjectMapper.apply(r, p, ProjectRules.firstYear(r), json);
        p.sample = sample;
        p.updatedAt = Timestamps.now();
        p.updatedBy = editor;
        if (creating) {
            p.createdAt = p.updatedAt;
            projects.persist(p);
        }
        // Versions count from 0 and rise by one per saved change, so the revision can name the
        // version this save produces before the flush does.
        long version = creating ? 0 : p.version + 1;
        ProjectView after = view(p, organisations(List.of(p), orgs));
        after = withVersion(after, version);
        revisions.record(Revision.PROJECT, p.id, version, p.updatedAt, editor, before, after);
        return creating ? Outcome.CREATED : Outcome.UPDATED;
    }

    List<ProjectView> views(List<Project> list) {
        Map<Long, Organisation> orgs = organisations(list);
        return list.stream().map(p -> view(p, orgs)).toList();
    }

    ProjectView view(Project p, Map<Long, Organisation> orgs) {
        return ProjectMapper.toView(p, orgs, reference::countryName, json);
    }

    Map<Long, Organisation> organisations(Collection<Project> list) {
        return organisations(list, new HashMap<>());
    }

    /** The organisations these projects link, loaded in one query (cache first). */
    Map<Long, Organisation> organisations(Collection<Project> list, Map<Long, Organisation> cache) {
        Set<Long> missing = new HashSet<>();
        for (Project p : list) {
            for (OrganisationLink l : p.organisations) {
                if (!cache.containsKey(l.organisationId)) {
                    missing.add(l.organisationId);
                }
            }
        }
        if (!missing.isEmpty()) {
            em.createQuery("from Organisation where id in :ids", Organisation.class).setParameter("ids", missing)
                    .getResultList().forEach(o -> cache.put(o.id, o));
        }
        return cache;
    }

    private static ProjectView withVersion(ProjectView v, long version) {
        return new ProjectView(v.id(), v.externalId(), v.title(), v.description(), v.category(), v.status(), v.state(),
                v.countries(), v.statusHistory(), v.announcedOn(), v.agreedOn(), v.startedOn(), v.completedOn(), v.firstYear(),
                v.value(), v.lockIn(), v.organisations(), v.tags(), v.qualityGrade(), v.sources(), v.geometry(), v.sample(),
                version, v.createdAt(), v.updatedAt(), v.updatedBy());
    }

    Project require(long id) {
        Project p = projects.findById(id);
        if (p == null) {
            throw ProblemException.notFound("No project with id " + id);
        }
        return p;
    }
}
