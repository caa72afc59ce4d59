package io.influenceatlas.scoring.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import io.influenceatlas.engine.Result;
import io.influenceatlas.scoring.api.ComputeResultView;
import io.influenceatlas.scoring.api.CountryScoreView;
import io.influenceatlas.scoring.api.DiagnosticsView;
import io.influenceatlas.scoring.api.Evidence;
import io.influenceatlas.scoring.api.GroupScoreView;
import io.influenceatlas.scoring.api.IndicatorDefinition;
import io.influenceatlas.scoring.api.IndicatorScoreView;
import io.influenceatlas.scoring.api.IndicatorValueView;
import io.influenceatlas.scoring.api.MethodologyRequest;
import io.influenceatlas.scoring.api.NodeDefinition;
import io.influenceatlas.scoring.api.RankingRow;
import io.influenceatlas.scoring.api.RunView;
import io.influenceatlas.scoring.api.UnitScoreView;
import io.influenceatlas.scoring.compute.SourceValues;
import io.influenceatlas.scoring.definition.MethodologyRules;
import io.influenceatlas.scoring.domain.CountryScore;
import io.influenceatlas.scoring.domain.ScoreRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Engine results to stored rows and views, and stored rows back to views with their explanation. */
@ApplicationScoped
public class ScoreMapper {

    /** A stored country result: every group's score and every indicator's values. */
    public record Detail(Map<String, Double> groups, Map<String, IndicatorValueView> indicators) {
    }

    private static final TypeReference<Map<String, List<DiagnosticsView>>> DIAGNOSTICS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Double>> SCORES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Evidence>> EVIDENCE = new TypeReference<>() {
    };

    @Inject
    Json json;

    public Detail detail(Result.UnitResult u) {
        Map<String, Double> groups = new TreeMap<>();
        u.groupScores().forEach((code, score) -> groups.put(code, finite(score)));
        Map<String, IndicatorValueView> indicators = new TreeMap<>();
        u.indicators().forEach((code, v) -> indicators.put(code, new IndicatorValueView(finite(v.raw()), v.imputed(),
                finite(v.treated()), finite(v.normalised()), u.contributions() == null ? null : finite(u.contributions().get(code)))));
        return new Detail(groups, indicators);
    }

    public UnitScoreView unit(Result.UnitResult u) {
        Detail d = detail(u);
        return new UnitScoreView(u.unit(), u.scored(), u.reason(), u.coverage(), finite(u.composite()), u.rank(), d.groups(),
                d.indicators());
    }

    public ComputeResultView compute(Result r) {
        return new ComputeResultView(r.units().stream().map(this::unit).toList(), diagnostics(r));
    }

    public List<DiagnosticsView> diagnostics(Result r) {
        return r.indicators().stream().map(d -> new DiagnosticsView(d.code(), d.winsorised(), d.logTransformed(),
                finite(d.skewness()), finite(d.kurtosis()), finite(d.skewnessAfter()), finite(d.kurtosisAfter()))).toList();
    }

    /** Scores of the root's children, in the tree's order. */
    public Map<String, Double> topGroups(Result.UnitResult u, NodeDefinition root) {
        Map<String, Double> top = new LinkedHashMap<>();
        for (NodeDefinition c : root.children()) {
            String code = c.isIndicator() ? c.indicator() : c.code();
            Double score = c.isIndicator()
                    ? (u.indicators().get(code) == null ? null : u.indicators().get(code).normalised())
                    : u.groupScores().get(code);
            top.put(code, finite(score));
        }
        return top;
    }

    public String write(Object value) {
        return json.write(value);
    }

    public RunView run(ScoreRun r) {
        Map<String, List<DiagnosticsView>> stored = json.read(r.diagnostics, DIAGNOSTICS);
        return new RunView(r.id, r.methodologyKey, r.methodologyVersion, r.methodologyStatus, r.year, r.countries,
                r.inputsHash, r.sameInputsAs, r.inputsTakenAt, r.completedAt, r.durationMs, r.countriesTotal,
                r.countriesScored, r.frameworks, inOrder(stored, r.frameworks), r.createdBy);
    }

    /** @param order the codes of the root's children (jsonb keeps no key order, so it is restored here) */
    public RankingRow rankingRow(CountryScore s, List<String> order) {
        return new RankingRow(s.country, s.name, s.region, s.subregion, s.scored, s.reason, s.coverage, s.composite, s.rank,
                inOrder(json.read(s.topGroups, SCORES), order));
    }

    /** The codes of a tree root's children, in order. */
    public static List<String> childCodes(NodeDefinition root) {
        return root.children().stream().map(c -> c.isIndicator() ? c.indicator() : c.code()).toList();
    }

    private static <V> Map<String, V> inOrder(Map<String, V> map, List<String> order) {
        Map<String, V> out = new LinkedHashMap<>();
        order.forEach(k -> {
            if (map.containsKey(k)) {
                out.put(k, map.get(k));
            }
        });
        map.forEach(out::putIfAbsent);
        return out;
    }

    public Map<String, Evidence> evidence(CountryScore main) {
        return main == null || main.evidence == null ? Map.of() : json.read(main.evidence, EVIDENCE);
    }

    /**
     * One country explained: the framework's tree with the country's group scores and contributions,
     * and each indicator with its stages, contribution and evidence.
     */
    public CountryScoreView explain(RunView run, CountryScore s, int rankedOf, MethodologyRequest definition, NodeDefinition root,
                                    Map<String, Evidence> evidence) {
        Detail d = json.read(s.detail, Detail.class);
        Map<String, IndicatorDefinition> defs = new LinkedHashMap<>();
        definition.indicators().forEach(i -> defs.put(i.code(), i));
        List<IndicatorScoreView> indicators = new ArrayList<>();
        GroupScoreView tree = group(root, 1, d, defs, evidence, new ArrayList<>(), indicators);
        return new CountryScoreView(run, s.framework, s.country, s.name, s.region, s.subregion, s.scored, s.reason, s.coverage,
                s.composite, s.rank, rankedOf, tree, indicators);
    }

    private GroupScoreView group(NodeDefinition g, double weight, Detail d, Map<String, IndicatorDefinition> defs,
                                 Map<String, Evidence> evidence, List<String> path, List<IndicatorScoreView> out) {
        path.add(g.code());
        List<GroupScoreView> groups = new ArrayList<>();
        List<String> direct = new ArrayList<>();
        Double contribution = null;
        for (NodeDefinition c : g.children()) {
            double w = c.weight() == null ? 1 : c.weight();
            Double part;
            if (c.isIndicator()) {
                IndicatorDefinition def = defs.get(c.indicator());
                IndicatorValueView v = d.indicators().get(c.indicator());
                direct.add(c.indicator());
                out.add(new IndicatorScoreView(c.indicator(), def == null ? null : def.name(), List.copyOf(path),
                        def == null || def.direction() == null ? io.influenceatlas.engine.Direction.POSITIVE : def.direction(), w,
                        def == null || def.source() == null ? null : SourceValues.describe(def.source()),
                        v == null ? null : v.raw(), v != null && v.imputed(), v == null ? null : v.treated(),
                        v == null ? null : v.normalised(), v == null ? null : v.contribution(), evidence.get(c.indicator())));
                part = v == null ? null : v.contribution();
            } else {
                GroupScoreView child = group(c, w, d, defs, evidence, path, out);
                groups.add(child);
                part = child.contribution();
            }
            if (part != null) {
                contribution = contribution == null ? part : contribution + part;
            }
        }
        path.remove(path.size() - 1);
        return new GroupScoreView(g.code(), g.name(), weight,
                g.aggregation() == null ? io.influenceatlas.engine.Aggregation.ARITHMETIC : g.aggregation(),
                d.groups().get(g.code()), contribution, groups, direct);
    }

    public static String framework(String requested) {
        return requested == null || requested.isBlank() ? MethodologyRules.MAIN : requested;
    }

    private static Double finite(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }
}
