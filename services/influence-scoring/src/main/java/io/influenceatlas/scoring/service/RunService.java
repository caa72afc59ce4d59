package io.influenceatlas.scoring.service;

import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.engine.EngineException;
import io.influenceatlas.engine.Result;
import io.influenceatlas.scoring.api.MethodologyRequest;
import io.influenceatlas.scoring.api.RunRequest;
import io.influenceatlas.scoring.api.RunView;
import io.influenceatlas.scoring.client.Remote;
import io.influenceatlas.scoring.compute.Canonical;
import io.influenceatlas.scoring.compute.RunInputs;
import io.influenceatlas.scoring.compute.Scoring;
import io.influenceatlas.scoring.definition.EngineProblems;
import io.influenceatlas.scoring.definition.MethodologyRules;
import io.influenceatlas.scoring.domain.Methodology;
import io.influenceatlas.scoring.mapping.MethodologyMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A score run: read the inputs (no transaction is open while the other services are called), compute
 * every framework, then store the whole result in one transaction ({@link RunStore}). Any failure
 * before that stores nothing.
 */
@ApplicationScoped
public class RunService {

    public static final int MIN_YEAR = 1990;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_COUNTRIES = 300;

    @Inject
    RunStore store;

    @Inject
    InputCollector collector;

    @Inject
    MethodologyMapper mapper;

    @Inject
    MeterRegistry meters;

    public RunView run(RunRequest request, String user) {
        check(request);
        Timer.Sample timer = Timer.start(meters);
        long started = System.nanoTime();
        Methodology m = store.methodology(request.methodology(), request.version());
        MethodologyRequest definition = mapper.definition(m.definition, m.key);
        Instant takenAt = Instant.now();
        List<Remote.Country> countries = collector.countries(request.countries());
        RunInputs inputs = collector.collect(definition, request.year(), countries, takenAt);
        Map<String, Result> results;
        try {
            results = Scoring.compute(definition, inputs);
        } catch (EngineException e) {
            // Values a transformation cannot take, named by country and indicator.
            throw ProblemException.invalid(EngineProblems.errors(e.problems(), definition.indicators(), ""));
        }
        List<String> subset = request.countries() == null ? null
                : countries.stream().map(Remote.Country::alpha3).sorted().toList();
        String hash = Canonical.inputsHash(m.definition, request.year(), subset, inputs);
        RunView view = store.save(m, definition, request.year(), subset, inputs, results, hash, user,
                (System.nanoTime() - started) / 1_000_000);
        timer.stop(meters.timer("atlas.scoring.runs", "methodology", m.key));
        return view;
    }

    private static void check(RunRequest r) {
        List<ProblemError> errors = new ArrayList<>();
        if (r == null) {
            throw ProblemException.invalidField("", "a body is required");
        }
        if (r.methodology() == null || !MethodologyRules.KEY.matcher(r.methodology()).matches()) {
            errors.add(ProblemError.field("/methodology", "is required: a methodology key such as dsr-exposure"));
        }
        if (r.version() != null && r.version() < 1) {
            errors.add(ProblemError.field("/version", "must be 1 or more"));
        }
        if (r.year() == null || r.year() < MIN_YEAR || r.year() > MAX_YEAR) {
            errors.add(ProblemError.field("/year", "is required, between " + MIN_YEAR + " and " + MAX_YEAR));
        }
        if (r.countries() != null) {
            if (r.countries().isEmpty() || r.countries().size() > MAX_COUNTRIES) {
                errors.add(ProblemError.field("/countries", "must list 1 to " + MAX_COUNTRIES + " countries, or be left out for all"));
            } else {
                for (int i = 0; i < r.countries().size(); i++) {
                    String c = r.countries().get(i);
                    if (c == null || !c.trim().matches("[A-Za-z]{2,3}")) {
                        errors.add(ProblemError.field("/countries/" + i, "must be an ISO 3166-1 alpha-2 or alpha-3 code"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
