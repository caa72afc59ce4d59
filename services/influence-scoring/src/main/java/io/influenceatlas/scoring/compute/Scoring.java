package io.influenceatlas.scoring.compute;

import io.influenceatlas.engine.Data;
import io.influenceatlas.engine.Engine;
import io.influenceatlas.engine.Result;
import io.influenceatlas.scoring.api.IndicatorDefinition;
import io.influenceatlas.scoring.api.LensDefinition;
import io.influenceatlas.scoring.api.MethodologyRequest;
import io.influenceatlas.scoring.definition.FrameworkFactory;
import io.influenceatlas.scoring.definition.MethodologyRules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A run's computation: the methodology's main framework and each lens over the same inputs. */
public final class Scoring {

    private Scoring() {
    }

    /** Results by framework: "main" first, then the lenses in their order. */
    public static Map<String, Result> compute(MethodologyRequest definition, RunInputs inputs) {
        Map<String, IndicatorDefinition> settings = new HashMap<>();
        definition.indicators().forEach(d -> settings.put(d.code(), d));
        Data data = data(definition.indicators().stream().map(IndicatorDefinition::code).toList(), inputs);
        Map<String, Result> results = new LinkedHashMap<>();
        results.put(MethodologyRules.MAIN,
                Engine.run(FrameworkFactory.framework(definition.framework(), settings, definition.minCoverage()), data));
        if (definition.lenses() != null) {
            for (LensDefinition lens : definition.lenses()) {
                results.put(lens.code(),
                        Engine.run(FrameworkFactory.framework(lens.root(), settings, definition.minCoverage()), data));
            }
        }
        return results;
    }

    /** The units × indicators table; a country's group (for GROUP_MEAN) is its UN M49 region. */
    public static Data data(List<String> indicators, RunInputs inputs) {
        int n = inputs.countries().size();
        double[][] values = new double[n][indicators.size()];
        Map<String, String> groups = new HashMap<>();
        for (int u = 0; u < n; u++) {
            RunInputs.CountryInfo c = inputs.countries().get(u);
            if (c.region() != null) {
                groups.put(c.code(), c.region());
            }
            for (int i = 0; i < indicators.size(); i++) {
                Double v = inputs.values().getOrDefault(indicators.get(i), Map.of()).get(c.code());
                values[u][i] = v == null ? Double.NaN : v;
            }
        }
        return new Data(inputs.countries().stream().map(RunInputs.CountryInfo::code).toList(), indicators, values, groups);
    }
}
