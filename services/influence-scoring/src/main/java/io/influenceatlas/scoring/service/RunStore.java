package io.influenceatlas.scoring.service;

import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.engine.Result;
import io.influenceatlas.scoring.api.DiagnosticsView;
import io.influenceatlas.scoring.api.Evidence;
import io.influenceatlas.scoring.api.LensDefinition;
import io.influenceatlas.scoring.api.MethodologyRequest;
import io.influenceatlas.scoring.api.NodeDefinition;
import io.influenceatlas.scoring.api.RunView;
import io.influenceatlas.scoring.compute.RunInputs;
import io.influenceatlas.scoring.definition.MethodologyRules;
import io.influenceatlas.scoring.domain.CountryScore;
import io.influenceatlas.scoring.domain.Methodology;
import io.influenceatlas.scoring.domain.MethodologyRepository;
import io.influenceatlas.scoring.domain.ScoreRun;
import io.influenceatlas.scoring.mapping.ScoreMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes a computed run whole, in one transaction. */
@ApplicationScoped
public class RunStore {

    @Inject
    MethodologyRepository methodologies;

    @Inject
    ScoreMapper mapper;

    @Inject
    EntityManager em;

    /** The version to run: the one named, or the latest published. */
    @Transactional
    public Methodology methodology(String key, Integer version) {
        if (version != null) {
            return methodologies.version(key, version).orElseThrow(() ->
                    ProblemException.notFound("No version " + version + " of methodology '" + key + "'"));
        }
        return methodologies.latestPublished(key).orElseThrow(() -> methodologies.lastVersion(key) == 0
                ? ProblemException.notFound("No methodology '" + key + "'")
                : ProblemException.conflict("Methodology '" + key + "' has no published version; name a draft's version to run it"));
    }

    @Transactional
    public RunView save(Methodology m, MethodologyRequest definition, int year, List<String> subset, RunInputs inputs,
                        Map<String, Result> results, String hash, String user, long durationMs) {
        ScoreRun run = new ScoreRun();
        run.methodologyId = m.id;
        run.methodologyKey = m.key;
        run.methodologyVersion = m.version;
        run.methodologyStatus = m.status;
        run.definition = m.definition;
        run.year = year;
        run.countries = subset;
        run.inputsHash = hash;
        run.sameInputsAs = em.createQuery("select min(r.id) from ScoreRun r where r.methodologyId = ?1 and r.year = ?2"
                        + " and r.inputsHash = ?3", Long.class)
                .setParameter(1, m.id).setParameter(2, year).setParameter(3, hash).getSingleResult();
        run.inputsTakenAt = inputs.takenAt().truncatedTo(ChronoUnit.MICROS);
        run.completedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        run.durationMs = durationMs;
        Result main = results.get(MethodologyRules.MAIN);
        run.countriesTotal = main.units().size();
        run.countriesScored = (int) main.units().stream().filter(Result.UnitResult::scored).count();
        run.frameworks = List.copyOf(results.keySet());
        Map<String, List<DiagnosticsView>> diagnostics = new LinkedHashMap<>();
        results.forEach((framework, r) -> diagnostics.put(framework, mapper.diagnostics(r)));
        run.diagnostics = mapper.write(diagnostics);
        run.createdBy = user;
        run.persist();

        Map<String, NodeDefinition> roots = new LinkedHashMap<>();
        roots.put(MethodologyRules.MAIN, definition.framework());
        if (definition.lenses() != null) {
            for (LensDefinition lens : definition.lenses()) {
                roots.put(lens.code(), lens.root());
            }
        }
        Map<String, RunInputs.CountryInfo> countries = new LinkedHashMap<>();
        inputs.countries().forEach(c -> countries.put(c.code(), c));
        for (var entry : results.entrySet()) {
            String framework = entry.getKey();
            for (Result.UnitResult u : entry.getValue().units()) {
                RunInputs.CountryInfo c = countries.get(u.unit());
                CountryScore s = new CountryScore();
                s.runId = run.id;
                s.framework = framework;
                s.country = c.code();
                s.name = c.name();
                s.regionCode = c.regionCode();
                s.region = c.region();
                s.subregionCode = c.subregionCode();
                s.subregion = c.subregion();
                s.scored = u.scored();
                s.reason = u.reason();
                s.coverage = u.coverage();
                s.composite = u.composite() == null || !Double.isFinite(u.composite()) ? null : u.composite();
                s.rank = u.rank();
                s.topGroups = mapper.write(mapper.topGroups(u, roots.get(framework)));
                s.detail = mapper.write(mapper.detail(u));
                if (MethodologyRules.MAIN.equals(framework)) {
                    s.evidence = mapper.write(evidenceOf(inputs, c.code()));
                }
                em.persist(s);
            }
        }
        em.flush();
        return mapper.run(run);
    }

    private static Map<String, Evidence> evidenceOf(RunInputs inputs, String country) {
        Map<String, Evidence> out = new TreeMap<>();
        inputs.evidence().forEach((indicator, byCountry) -> {
            Evidence e = byCountry.get(country);
            if (e != null) {
                out.put(indicator, e);
            }
        });
        return out;
    }
}
