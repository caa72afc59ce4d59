package io.influenceatlas.scoring.service;

import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.Pages;
import io.influenceatlas.common.paging.Sorts;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.scoring.api.ComparisonRow;
import io.influenceatlas.scoring.api.ComparisonView;
import io.influenceatlas.scoring.api.CountryScoreView;
import io.influenceatlas.scoring.api.Evidence;
import io.influenceatlas.scoring.api.LensDefinition;
import io.influenceatlas.scoring.api.MethodologyRequest;
import io.influenceatlas.scoring.api.NodeDefinition;
import io.influenceatlas.scoring.api.RankingRow;
import io.influenceatlas.scoring.api.RankingView;
import io.influenceatlas.scoring.api.RunView;
import io.influenceatlas.scoring.client.ProjectRegistryClient;
import io.influenceatlas.scoring.client.Remote;
import io.influenceatlas.scoring.config.AtlasConfig;
import io.influenceatlas.scoring.definition.MethodologyRules;
import io.influenceatlas.scoring.domain.CountryScore;
import io.influenceatlas.scoring.domain.ScoreRun;
import io.influenceatlas.scoring.mapping.MethodologyMapper;
import io.influenceatlas.scoring.mapping.ScoreMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads of completed runs: lists, rankings, one country explained, two runs compared. */
@ApplicationScoped
public class ScoreReadService {

    public static final String LATEST = "latest";
    public static final Map<String, String> RUN_SORT = Map.of("id", "id", "year", "year", "completedAt", "completedAt");
    public static final Map<String, String> RANKING_SORT = Map.of("rank", "rank", "composite", "composite",
            "country", "country", "name", "name", "coverage", "coverage");
    public static final Map<String, String> COMPARISON_SORT = Map.of("country", "country", "delta", "delta",
            "rankChange", "rank_change", "compositeTo", "composite_to", "rankTo", "rank_to");

    /** Which run a path means: an id, or "latest" narrowed by methodology and year. */
    public record RunRef(String run, String methodology, Integer year) {
    }

    @Inject
    AtlasConfig config;

    @Inject
    ScoreMapper mapper;

    @Inject
    MethodologyMapper methodologyMapper;

    @Inject
    ProjectRegistryClient registry;

    @Inject
    EntityManager em;

    @Transactional
    public Page<RunView> runs(String methodology, Integer year, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (methodology != null) {
            where.add("methodologyKey = :m");
            params.and("m", methodology);
        }
        if (year != null) {
            where.add("year = :y");
            params.and("y", year);
        }
        return Pages.fetch(ScoreRun.<ScoreRun>find(String.join(" and ", where), Sorts.of(page, RUN_SORT, "id"), params), page)
                .map(mapper::run);
    }

    @Transactional
    public RunView run(RunRef ref) {
        return mapper.run(resolve(ref));
    }

    @Transactional
    public RankingView ranking(RunRef ref, String framework, String region, Boolean scored, PageRequest page) {
        ScoreRun run = resolve(ref);
        String f = framework(run, framework);
        StringBuilder where = new StringBuilder("runId = :run and framework = :f");
        Parameters params = Parameters.with("run", run.id).and("f", f);
        if (region != null) {
            where.append(" and (lower(region) = :region or regionCode = :region or lower(subregion) = :region"
                    + " or subregionCode = :region)");
            params.and("region", region.toLowerCase(Locale.ROOT));
        }
        if (scored != null) {
            where.append(" and scored = :scored");
            params.and("scored", scored);
        }
        Sort sort = Sorts.of(page, RANKING_SORT, "country");
        List<String> order = ScoreMapper.childCodes(root(run, f));
        Page<RankingRow> rows = Pages.fetch(CountryScore.<CountryScore>find(where.toString(), sort, params), page)
                .map(s -> mapper.rankingRow(s, order));
        return new RankingView(mapper.run(run), f, rows);
    }

    /** One country explained; its registry projects are read from project-registry with their sources. */
    public CountryScoreView country(RunRef ref, String code, String framework) {
        CountryScoreView view = explain(ref, code, framework);
        return withProjects(view);
    }

    @Transactional
    CountryScoreView explain(RunRef ref, String code, String framework) {
        ScoreRun run = resolve(ref);
        String f = framework(run, framework);
        String country = code.trim().toUpperCase(Locale.ROOT);
        CountryScore s = CountryScore.<CountryScore>find("runId = ?1 and framework = ?2 and country = ?3", run.id, f, country)
                .firstResult();
        if (s == null) {
            throw ProblemException.notFound("Country '" + code + "' is not in run " + run.id
                    + " (use an ISO 3166-1 alpha-3 code; a run of a subset holds only its countries)");
        }
        CountryScore main = MethodologyRules.MAIN.equals(f) ? s
                : CountryScore.<CountryScore>find("runId = ?1 and framework = ?2 and country = ?3", run.id, MethodologyRules.MAIN, country)
                .firstResult();
        MethodologyRequest definition = methodologyMapper.definition(run.definition, run.methodologyKey);
        NodeDefinition root = root(definition, f);
        long rankedOf = CountryScore.count("runId = ?1 and framework = ?2 and scored = true", run.id, f);
        return mapper.explain(mapper.run(run), s, (int) rankedOf, definition, root, mapper.evidence(main));
    }

    private CountryScoreView withProjects(CountryScoreView view) {
        Set<Long> ids = new LinkedHashSet<>();
        view.indicators().forEach(i -> {
            if (i.evidence() != null && i.evidence().projects() != null) {
                i.evidence().projects().forEach(p -> ids.add(p.id()));
            }
        });
        if (ids.isEmpty()) {
            return view;
        }
        Map<Long, Remote.Project> projects = new HashMap<>();
        String note = null;
        try {
            List<Long> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += InputCollector.PAGE) {
                String chunk = all.subList(from, Math.min(all.size(), from + InputCollector.PAGE)).stream()
                        .map(String::valueOf).collect(Collectors.joining(","));
                registry.projects(chunk, InputCollector.PAGE).items().forEach(p -> projects.put(p.id(), p));
            }
        } catch (RuntimeException unavailable) {
            // The scores stand without the details; say why they are missing rather than failing the read.
            note = "project details could not be read from project-registry (" + unavailable.getClass().getSimpleName()
                    + "); ids only";
        }
        String missingNote = note;
        var indicators = view.indicators().stream().map(i -> {
            Evidence e = i.evidence();
            if (e == null || e.projects() == null || e.projects().isEmpty()) {
                return i;
            }
            List<Evidence.ProjectRef> refs = e.projects().stream().map(p -> {
                Remote.Project r = projects.get(p.id());
                return r == null ? p : new Evidence.ProjectRef(r.id(), r.title(), r.category(), r.status(),
                        r.sources() == null ? List.of() : r.sources().stream()
                                .map(s -> new Evidence.SourceRef(s.url(), s.publisher(), s.title())).toList());
            }).toList();
            String itemNote = missingNote != null ? missingNote
                    : refs.stream().anyMatch(r -> r.title() == null) ? "some projects are no longer published in project-registry" : null;
            Evidence withDetails = new Evidence(e.observationYear(), e.source(), e.metric(), e.denominator(), e.denominatorYear(),
                    refs, itemNote, e.events(), e.attributeValue());
            return new io.influenceatlas.scoring.api.IndicatorScoreView(i.code(), i.name(), i.path(), i.direction(), i.weight(),
                    i.source(), i.raw(), i.imputed(), i.treated(), i.normalised(), i.contribution(), withDetails);
        }).toList();
        return new CountryScoreView(view.run(), view.framework(), view.country(), view.name(), view.region(), view.subregion(),
                view.scored(), view.reason(), view.coverage(), view.composite(), view.rank(), view.rankedOf(), view.tree(), indicators);
    }

    @Transactional
    public ComparisonView compare(RunRef fromRef, RunRef toRef, String framework, String region, PageRequest page) {
        ScoreRun from = resolve(fromRef);
        ScoreRun to = resolve(toRef);
        String f = framework(from, framework);
        framework(to, f);
        String base = " from (select * from country_score where run_id = :a and framework = :f) a"
                + " full join (select * from country_score where run_id = :b and framework = :f) b on a.country = b.country"
                + (region == null ? "" : " where :region in (lower(coalesce(b.region, a.region)), coalesce(b.region_code, a.region_code),"
                + " lower(coalesce(b.subregion, a.subregion)), coalesce(b.subregion_code, a.subregion_code))");
        StringBuilder order = new StringBuilder();
        for (PageRequest.SortKey k : page.sort()) {
            order.append(order.isEmpty() ? " order by " : ", ").append(COMPARISON_SORT.get(k.key()))
                    .append(k.descending() ? " desc" : " asc").append(" nulls last");
        }
        order.append(order.isEmpty() ? " order by country" : ", country");
        String select = "select coalesce(a.country, b.country) as country, coalesce(b.name, a.name) as name,"
                + " coalesce(b.region, a.region) as region, a.composite as composite_from, b.composite as composite_to,"
                + " b.composite - a.composite as delta, a.rank as rank_from, b.rank as rank_to, a.rank - b.rank as rank_change";
        Query q = em.createNativeQuery("select * from (" + select + base + ") c" + order
                + " limit " + page.size() + " offset " + page.offset());
        Query count = em.createNativeQuery("select count(*)" + base);
        for (Query query : List.of(q, count)) {
            query.setParameter("a", from.id).setParameter("b", to.id).setParameter("f", f);
            if (region != null) {
                query.setParameter("region", region.toLowerCase(Locale.ROOT));
            }
        }
        List<ComparisonRow> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new ComparisonRow((String) r[0], (String) r[1], (String) r[2], dbl(r[3]), dbl(r[4]), dbl(r[5]),
                    integer(r[6]), integer(r[7]), integer(r[8])));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        return new ComparisonView(mapper.run(from), mapper.run(to), f, Page.of(rows, page, total));
    }

    /**
     * "latest" is the public ranking: the newest run of a published version over all countries. Runs
     * of a subset or of a draft are read by their ids.
     */
    private ScoreRun resolve(RunRef ref) {
        if (LATEST.equals(ref.run())) {
            String key = ref.methodology() == null ? config.scoring().defaultMethodology() : ref.methodology();
            String where = "methodologyKey = :key and countries is null and methodologyStatus = :published"
                    + (ref.year() == null ? "" : " and year = :year");
            Parameters params = Parameters.with("key", key).and("published", io.influenceatlas.scoring.api.MethodologyStatus.PUBLISHED);
            if (ref.year() != null) {
                params.and("year", ref.year());
            }
            return ScoreRun.<ScoreRun>find(where + " order by completedAt desc, id desc", params).firstResultOptional()
                    .orElseThrow(() -> ProblemException.notFound("No completed run of a published version of '" + key
                            + "' over all countries" + (ref.year() == null ? "" : " for " + ref.year())
                            + " yet; POST /runs to make one"));
        }
        long id;
        try {
            id = Long.parseLong(ref.run());
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("No run '" + ref.run() + "': use a run id or 'latest'");
        }
        ScoreRun run = ScoreRun.findById(id);
        if (run == null) {
            throw ProblemException.notFound("No run " + id);
        }
        return run;
    }

    private NodeDefinition root(ScoreRun run, String framework) {
        return root(methodologyMapper.definition(run.definition, run.methodologyKey), framework);
    }

    private static NodeDefinition root(MethodologyRequest definition, String framework) {
        if (MethodologyRules.MAIN.equals(framework)) {
            return definition.framework();
        }
        return definition.lenses().stream().filter(l -> l.code().equals(framework)).map(LensDefinition::root).findFirst().orElseThrow();
    }

    private static String framework(ScoreRun run, String requested) {
        String f = ScoreMapper.framework(requested);
        if (!run.frameworks.contains(f)) {
            throw ProblemException.invalidParameter("framework", "run " + run.id + " has " + String.join(", ", run.frameworks)
                    + ", not '" + f + "'");
        }
        return f;
    }

    private static Double dbl(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
