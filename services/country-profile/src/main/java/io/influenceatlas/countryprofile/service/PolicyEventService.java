package io.influenceatlas.countryprofile.service;

import io.influenceatlas.common.http.Timestamps;
import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.countryprofile.api.PolicyEventRequest;
import io.influenceatlas.countryprofile.api.PolicyEventView;
import io.influenceatlas.countryprofile.domain.CountryRepository;
import io.influenceatlas.countryprofile.domain.PolicyEvent;
import io.influenceatlas.countryprofile.domain.PolicyEventRepository;
import io.influenceatlas.countryprofile.mapping.PolicyEventMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** Dated policy events with their sources. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PolicyEventService {

    @Inject
    PolicyEventRepository events;

    @Inject
    CountryRepository countries;

    public Page<PolicyEventView> list(PolicyEventRepository.Filter filter, PageRequest page) {
        return events.search(filter, page).map(PolicyEventMapper::toView);
    }

    public PolicyEventView get(long id) {
        return PolicyEventMapper.toView(require(id));
    }

    @Transactional
    public PolicyEventView create(PolicyEventRequest request, String editor, boolean sample) {
        String country = check(request);
        PolicyEvent e = new PolicyEvent();
        e.country = country;
        PolicyEventMapper.apply(request, e);
        e.sample = sample;
        e.createdAt = Timestamps.now();
        e.createdBy = editor;
        e.updatedAt = e.createdAt;
        e.updatedBy = editor;
        events.persist(e);
        events.flush();
        return PolicyEventMapper.toView(e);
    }

    @Transactional
    public PolicyEventView replace(long id, String ifMatch, PolicyEventRequest request, String editor) {
        PolicyEvent e = require(id);
        ETags.requireMatch(ifMatch, ETags.of(e.version, e.updatedAt));
        String country = check(request);
        // Compare before touching the entity: replacing its source collection would bump the version.
        if (!country.equals(e.country) || !PolicyEventMapper.sameContent(request, e)) {
            e.country = country;
            PolicyEventMapper.apply(request, e);
            e.sample = false;
            e.updatedAt = Timestamps.now();
            e.updatedBy = editor;
            events.flush();
        }
        return PolicyEventMapper.toView(e);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        PolicyEvent e = require(id);
        ETags.requireMatch(ifMatch, ETags.of(e.version, e.updatedAt));
        events.delete(e);
    }

    /** Checks what field constraints cannot, and returns the event's alpha-3 country code. */
    private String check(PolicyEventRequest r) {
        List<ProblemError> errors = new ArrayList<>();
        String country = countries.findByCode(r.country()).map(c -> c.alpha3).orElse(null);
        if (country == null) {
            errors.add(ProblemError.field("/country", "unknown country code '" + r.country()
                    + "' (use ISO 3166-1 alpha-2 or alpha-3)"));
        }
        for (int i = 0; i < r.sources().size(); i++) {
            Sources.requireLocator(r.sources().get(i).url(), r.sources().get(i).title(), "/sources/" + i, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return country;
    }

    private PolicyEvent require(long id) {
        return events.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No policy event with id " + id));
    }
}
