package io.influenceatlas.countryprofile.service;

import io.influenceatlas.common.http.Timestamps;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.json.MergePatch;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.common.problem.Violations;
import io.influenceatlas.countryprofile.api.CountryView;
import io.influenceatlas.countryprofile.api.FieldChangeView;
import io.influenceatlas.countryprofile.api.ProfileRequest;
import io.influenceatlas.countryprofile.api.ProfileRevisionView;
import io.influenceatlas.countryprofile.api.ProfileSourceRequest;
import io.influenceatlas.countryprofile.api.ProfileView;
import io.influenceatlas.countryprofile.domain.Country;
import io.influenceatlas.countryprofile.domain.CountryRepository;
import io.influenceatlas.countryprofile.domain.ProfileRevision;
import io.influenceatlas.countryprofile.domain.ProfileRevisionRepository;
import io.influenceatlas.countryprofile.mapping.CountryMapper;
import io.influenceatlas.countryprofile.mapping.SourceMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Countries and their editable profiles; every profile change is kept as a revision. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CountryService {

    @Inject
    CountryRepository countries;

    @Inject
    ProfileRevisionRepository revisions;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public Page<CountryView> list(CountryRepository.Filter filter, PageRequest page) {
        return countries.search(filter, page).map(CountryMapper::toView);
    }

    public CountryView get(String code) {
        return CountryMapper.toView(require(code));
    }

    public ProfileView profile(String code) {
        return CountryMapper.toProfileView(require(code));
    }

    /** The alpha-3 code of a country given by alpha-2 or alpha-3, if there is one. */
    public java.util.Optional<String> findAlpha3(String code) {
        return countries.findByCode(code).map(c -> c.alpha3);
    }

    /**
     * Resolves a repeated or comma-separated country query parameter to alpha-3 codes.
     *
     * @throws ProblemException 400 naming the parameter for an unknown code
     */
    public List<String> alpha3Parameter(String parameter, List<String> raw) {
        List<String> codes = new ArrayList<>();
        for (String code : io.influenceatlas.common.http.Params.strings(raw)) {
            codes.add(findAlpha3(code).orElseThrow(() ->
                    ProblemException.invalidParameter(parameter, "unknown country code '" + code + "'")));
        }
        return codes;
    }

    /** The alpha-3 code of a country given by alpha-2 or alpha-3, or 404. */
    public String alpha3(String code) {
        return require(code).alpha3;
    }

    @Transactional
    public ProfileView replaceProfile(String code, String ifMatch, ProfileRequest request, String editor) {
        Country c = require(code);
        ETags.requireMatch(ifMatch, ETags.of(c.version, c.updatedAt));
        checkSources(request);
        apply(c, request, editor, false);
        return CountryMapper.toProfileView(c);
    }

    /** Applies an RFC 7396 JSON merge patch to the profile, then validates the result as a whole. */
    @Transactional
    public ProfileView patchProfile(String code, String ifMatch, JsonNode patch, String editor) {
        Country c = require(code);
        ETags.requireMatch(ifMatch, ETags.of(c.version, c.updatedAt));
        ProfileRequest request = MergePatch.merge(json, CountryMapper.toRequest(c), patch, ProfileRequest.class);
        List<ProblemError> errors = new ArrayList<>(Violations.check(validator, request, "", null));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        checkSources(request);
        apply(c, request, editor, false);
        return CountryMapper.toProfileView(c);
    }

    /** Used by the sample loader: applies a profile and marks it as sample data. */
    @Transactional
    public void loadSampleProfile(String code, ProfileRequest request, String editor) {
        Country c = require(code);
        checkSources(request);
        apply(c, request, editor, true);
    }

    public Page<ProfileRevisionView> history(String code, PageRequest page) {
        Country c = require(code);
        return revisions.forCountry(c.alpha3, page).map(this::toView);
    }

    private Country require(String code) {
        return countries.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("No country with ISO 3166-1 code '" + code + "'"));
    }

    private void checkSources(ProfileRequest r) {
        List<ProblemError> errors = new ArrayList<>();
        List<ProfileSourceRequest> sources = r.sources() == null ? List.of() : r.sources();
        for (int i = 0; i < sources.size(); i++) {
            Sources.requireLocator(sources.get(i).url(), sources.get(i).title(), "/sources/" + i, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void apply(Country c, ProfileRequest r, String editor, boolean sample) {
        List<FieldChangeView> changes = new ArrayList<>();
        track(changes, "briMouDate", c.briMouDate, r.briMouDate());
        track(changes, "dsrMouDate", c.dsrMouDate, r.dsrMouDate());
        track(changes, "regimeType", c.regimeType, r.regimeType());
        track(changes, "personalist", c.personalist, r.personalist());
        track(changes, "usAlignment", c.usAlignment, r.usAlignment());
        track(changes, "chinaThreatPerception", c.chinaThreatPerception, r.chinaThreatPerception());
        String notes = r.notes() == null || r.notes().isBlank() ? null : r.notes().trim();
        track(changes, "notes", c.notes, notes);
        var newSources = (r.sources() == null ? List.<ProfileSourceRequest>of() : r.sources()).stream()
                .map(SourceMapper::toEntity).toList();
        track(changes, "sources", c.sources.stream().map(SourceMapper::toView).toList(),
                newSources.stream().map(SourceMapper::toView).toList());
        if (changes.isEmpty()) {
            return;
        }
        c.briMouDate = r.briMouDate();
        c.dsrMouDate = r.dsrMouDate();
        c.regimeType = r.regimeType();
        c.personalist = r.personalist();
        c.usAlignment = r.usAlignment();
        c.chinaThreatPerception = r.chinaThreatPerception();
        c.notes = notes;
        c.sources.clear();
        c.sources.addAll(newSources);
        c.sample = sample;
        c.updatedAt = Timestamps.now();
        c.updatedBy = editor;
        // Flush so the row version (the new ETag) is final before the revision records it.
        countries.flush();
        ProfileRevision rev = new ProfileRevision();
        rev.country = c.alpha3;
        rev.version = c.version;
        rev.changedAt = c.updatedAt;
        rev.changedBy = editor;
        try {
            rev.changes = json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        revisions.persist(rev);
    }

    private void track(List<FieldChangeView> changes, String field, Object from, Object to) {
        JsonNode a = json.valueToTree(from);
        JsonNode b = json.valueToTree(to);
        if (!Objects.equals(a, b)) {
            changes.add(new FieldChangeView(field, a, b));
        }
    }

    private ProfileRevisionView toView(ProfileRevision r) {
        try {
            List<FieldChangeView> changes = List.of(json.readValue(r.changes, FieldChangeView[].class));
            return new ProfileRevisionView(r.version, r.changedAt, r.changedBy, changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable revision " + r.id, e);
        }
    }
}
