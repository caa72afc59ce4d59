package io.influenceatlas.countryprofile.service;

import io.influenceatlas.common.http.Timestamps;
import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.countryprofile.api.IndicatorRequest;
import io.influenceatlas.countryprofile.api.IndicatorView;
import io.influenceatlas.countryprofile.domain.Indicator;
import io.influenceatlas.countryprofile.domain.IndicatorRepository;
import io.influenceatlas.countryprofile.domain.ObservationRepository;
import io.influenceatlas.countryprofile.mapping.IndicatorMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** The indicator catalogue. Codes are stable identities: they never change once created. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorService {

    @Inject
    IndicatorRepository indicators;

    @Inject
    ObservationRepository observations;

    public Page<IndicatorView> list(IndicatorRepository.Filter filter, PageRequest page) {
        return indicators.search(filter, page).map(IndicatorMapper::toView);
    }

    public IndicatorView get(String code) {
        return IndicatorMapper.toView(require(code));
    }

    @Transactional
    public IndicatorView create(IndicatorRequest request, String editor, boolean sample) {
        checkSource(request);
        if (indicators.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("Indicator '" + request.code() + "' already exists; PUT /indicators/"
                    + request.code() + " to change it");
        }
        Indicator i = new Indicator();
        i.code = request.code();
        IndicatorMapper.apply(request, i);
        i.sample = sample;
        i.createdAt = Timestamps.now();
        i.createdBy = editor;
        i.updatedAt = i.createdAt;
        i.updatedBy = editor;
        indicators.persist(i);
        indicators.flush();
        return IndicatorMapper.toView(i);
    }

    @Transactional
    public IndicatorView replace(String code, String ifMatch, IndicatorRequest request, String editor) {
        Indicator i = require(code);
        ETags.requireMatch(ifMatch, ETags.of(i.version, i.updatedAt));
        if (!code.equals(request.code())) {
            throw ProblemException.invalidField("/code", "must equal the code in the path ('" + code
                    + "'); indicator codes cannot be changed");
        }
        checkSource(request);
        // Compare before touching the entity, so an unchanged PUT keeps the version (the ETag).
        if (!IndicatorMapper.sameContent(request, i)) {
            IndicatorMapper.apply(request, i);
            i.sample = false;
            i.updatedAt = Timestamps.now();
            i.updatedBy = editor;
            indicators.flush();
        }
        return IndicatorMapper.toView(i);
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Indicator i = require(code);
        ETags.requireMatch(ifMatch, ETags.of(i.version, i.updatedAt));
        long used = observations.countForIndicator(code);
        if (used > 0) {
            throw ProblemException.conflict("Indicator '" + code + "' has " + used
                    + " observations; delete them before the indicator");
        }
        indicators.delete(i);
    }

    private Indicator require(String code) {
        return indicators.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("No indicator with code '" + code + "'"));
    }

    private static void checkSource(IndicatorRequest r) {
        if (r.defaultSource() != null) {
            List<ProblemError> errors = new ArrayList<>();
            Sources.requireLocator(r.defaultSource().url(), r.defaultSource().title(), "/defaultSource", errors);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
        }
    }
}
