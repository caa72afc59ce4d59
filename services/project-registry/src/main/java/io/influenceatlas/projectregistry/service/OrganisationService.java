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
import io.influenceatlas.projectregistry.api.Listing;
import io.influenceatlas.projectregistry.api.OrganisationRequest;
import io.influenceatlas.projectregistry.api.OrganisationView;
import io.influenceatlas.projectregistry.api.PartialDates;
import io.influenceatlas.projectregistry.api.RevisionView;
import io.influenceatlas.projectregistry.domain.Organisation;
import io.influenceatlas.projectregistry.domain.OrganisationRepository;
import io.influenceatlas.projectregistry.domain.ProjectRepository;
import io.influenceatlas.projectregistry.domain.Revision;
import io.influenceatlas.projectregistry.importer.ControlCharacters;
import io.influenceatlas.projectregistry.importer.ProjectRules;
import io.influenceatlas.projectregistry.mapping.OrganisationMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Organisations: shared records that projects reference by id; kept with their history. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationService {

    @Inject
    OrganisationRepository organisations;

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

    public Page<OrganisationView> search(OrganisationRepository.Filter filter, PageRequest page) {
        return organisations.search(filter, page).map(o -> OrganisationMapper.toView(o, json));
    }

    public OrganisationView get(long id) {
        return OrganisationMapper.toView(require(id), json);
    }

    public OrganisationView asOf(long id, Instant at) {
        return revisions.asOf(Revision.ORGANISATION, id, at, OrganisationView.class);
    }

    public Page<RevisionView> history(long id, PageRequest page) {
        return revisions.history(Revision.ORGANISATION, id, page);
    }

    @Transactional
    public OrganisationView create(OrganisationRequest request, String editor, boolean sample) {
        OrganisationRequest r = checked(request, null);
        Organisation o = new Organisation();
        save(o, null, r, editor, sample);
        organisations.flush();
        return OrganisationMapper.toView(o, json);
    }

    @Transactional
    public OrganisationView replace(long id, String ifMatch, OrganisationRequest request, String editor) {
        Organisation o = require(id);
        ETags.requireMatch(ifMatch, ETags.of(o.version, o.updatedAt));
        OrganisationRequest r = checked(request, id);
        save(o, OrganisationMapper.toRequest(o, json), r, editor, false);
        organisations.flush();
        return OrganisationMapper.toView(o, json);
    }

    @Transactional
    public OrganisationView patch(long id, String ifMatch, JsonNode patch, String editor) {
        Organisation o = require(id);
        ETags.requireMatch(ifMatch, ETags.of(o.version, o.updatedAt));
        return replace(id, ifMatch, MergePatch.merge(json, OrganisationMapper.toRequest(o, json), patch, OrganisationRequest.class),
                editor);
    }

    /** 409 while any project still links the organisation. */
    @Transactional
    public void delete(long id, String ifMatch, String editor) {
        Organisation o = require(id);
        ETags.requireMatch(ifMatch, ETags.of(o.version, o.updatedAt));
        long linked = projects.countLinking(id);
        if (linked > 0) {
            throw ProblemException.conflict("Organisation " + id + " is still linked by " + linked
                    + " project(s); remove it from them first (GET /projects?organisation=" + id + ")");
        }
        OrganisationView before = OrganisationMapper.toView(o, json);
        organisations.delete(o);
        organisations.flush();
        revisions.record(Revision.ORGANISATION, id, o.version + 1, Timestamps.now(), editor, before, null);
    }

    private OrganisationRequest checked(OrganisationRequest request, Long self) {
        if (request == null) {
            throw ProblemException.invalidField("", "an organisation object is required");
        }
        List<ProblemError> errors = new ArrayList<>(Violations.check(validator, request, "", null));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (request.originCountry() != null && reference.alpha3(request.originCountry()) == null) {
            errors.add(ProblemError.field("/originCountry", "unknown ISO 3166-1 country code '" + request.originCountry() + "'"));
        }
        List<Listing> listings = request.listings() == null ? List.of() : request.listings();
        for (int i = 0; i < listings.size(); i++) {
            Listing l = listings.get(i);
            if (!PartialDates.isValid(l.listedOn())) {
                errors.add(ProblemError.field("/listings/" + i + "/listedOn", "is not a real date"));
            } else if (l.removedOn() != null) {
                if (!PartialDates.isValid(l.removedOn())) {
                    errors.add(ProblemError.field("/listings/" + i + "/removedOn", "is not a real date"));
                } else if (PartialDates.compare(l.removedOn(), l.listedOn()) < 0) {
                    errors.add(ProblemError.field("/listings/" + i + "/removedOn", "must not be before listedOn (" + l.listedOn() + ")"));
                }
            }
            if (l.source() != null) {
                String at = "/listings/" + i + "/source";
                ProjectRules.sources(List.of(l.source()), (f, m) -> errors.add(ProblemError.field(at + f.substring(2), m)), "/0");
            }
        }
        ProjectRules.sources(request.sources(), (f, m) -> errors.add(ProblemError.field(f, m)), "/sources");
        ControlCharacters.find(json.valueToTree(request)).forEach(f -> errors.add(ProblemError.field(f, ControlCharacters.MESSAGE)));
        if (!errors.isEmpty()) {
            // The name checks query the database, which refuses text like that.
            throw ProblemException.invalid(errors);
        }
        uniqueNames(request, self, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return OrganisationMapper.canonical(request, reference::alpha3);
    }

    /** Names and aliases identify organisations in imports, so each may belong to one organisation only. */
    private void uniqueNames(OrganisationRequest r, Long self, List<ProblemError> errors) {
        List<String> names = new ArrayList<>();
        names.add(r.name().trim());
        if (r.aliases() != null) {
            r.aliases().forEach(a -> names.add(a.trim()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String pointer = i == 0 ? "/name" : "/aliases/" + (i - 1);
            String key = names.get(i).toLowerCase(Locale.ROOT);
            if (!seen.add(key)) {
                errors.add(ProblemError.field(pointer, "repeats '" + names.get(i) + "'"));
                continue;
            }
            List<?> other = em.createNativeQuery("select id from organisation where (lower(name) = :n"
                            + " or exists (select 1 from unnest(aliases) a where lower(a) = :n)) and id <> :self limit 1", Long.class)
                    .setParameter("n", key).setParameter("self", self == null ? -1L : self).getResultList();
            if (!other.isEmpty()) {
                errors.add(ProblemError.field(pointer, "'" + names.get(i) + "' is already the name or an alias of organisation "
                        + other.get(0)));
            }
        }
    }

    private void save(Organisation o, OrganisationRequest current, OrganisationRequest r, String editor, boolean sample) {
        boolean creating = current == null;
        if (!creating && SameContent.same(json.valueToTree(current), json.valueToTree(r))) {
            return;
        }
        OrganisationView before = creating ? null : OrganisationMapper.toView(o, json);
        OrganisationMapper.apply(r, o, json);
        o.sample = sample;
        o.updatedAt = Timestamps.now();
        o.updatedBy = editor;
        if (creating) {
            o.createdAt = o.updatedAt;
            organisations.persist(o);
        }
        organisations.flush();
        revisions.record(Revision.ORGANISATION, o.id, o.version, o.updatedAt, editor, before, OrganisationMapper.toView(o, json));
    }

    private Organisation require(long id) {
        Organisation o = organisations.findById(id);
        if (o == null) {
            throw ProblemException.notFound("No organisation with id " + id);
        }
        return o;
    }
}
