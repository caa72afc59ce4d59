package io.influenceatlas.scoring.service;

import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.engine.Data;
import io.influenceatlas.engine.Engine;
import io.influenceatlas.engine.EngineException;
import io.influenceatlas.engine.Framework;
import io.influenceatlas.scoring.api.ComputeRequest;
import io.influenceatlas.scoring.api.ComputeResultView;
import io.influenceatlas.scoring.api.IndicatorDefinition;
import io.influenceatlas.scoring.definition.ComputeTable;
import io.influenceatlas.scoring.definition.EngineProblems;
import io.influenceatlas.scoring.definition.FrameworkFactory;
import io.influenceatlas.scoring.definition.MethodologyRules;
import io.influenceatlas.scoring.mapping.ScoreMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The engine on a framework and data supplied inline; nothing is read from elsewhere or stored. */
@ApplicationScoped
public class ComputeService {

    @Inject
    ScoreMapper mapper;

    public ComputeResultView compute(ComputeRequest request) {
        List<ProblemError> errors = new ArrayList<>(MethodologyRules.check(request));
        Data data = request == null ? null : ComputeTable.read(request.data(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Map<String, IndicatorDefinition> settings = new HashMap<>();
        if (request.indicators() != null) {
            request.indicators().forEach(d -> settings.put(d.code(), d));
        }
        Framework framework = FrameworkFactory.framework(request.framework(), settings,
                request.minCoverage() == null ? 0 : request.minCoverage());
        try {
            return mapper.compute(Engine.run(framework, data));
        } catch (EngineException e) {
            // Values a transformation cannot take (log of 0...), named by unit and indicator.
            throw ProblemException.invalid(EngineProblems.errors(e.problems(), request.indicators(), "/data"));
        }
    }
}
