package io.influenceatlas.scoring.service;

import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.scoring.api.Evidence;
import io.influenceatlas.scoring.api.IndicatorDefinition;
import io.influenceatlas.scoring.api.LockInFactor;
import io.influenceatlas.scoring.api.Measure;
import io.influenceatlas.scoring.api.MethodologyRequest;
import io.influenceatlas.scoring.api.SourceDefinition;
import io.influenceatlas.scoring.client.CountryProfileClient;
import io.influenceatlas.scoring.client.ProjectRegistryClient;
import io.influenceatlas.scoring.client.Remote;
import io.influenceatlas.scoring.client.SourceCalls;
import io.influenceatlas.scoring.client.SourceRejected;
import io.influenceatlas.scoring.compute.RunInputs;
import io.influenceatlas.scoring.compute.SourceValues;
import io.influenceatlas.scoring.config.AtlasConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads a run's inputs from country-profile and project-registry. Nothing is written here: a source
 * that stays unavailable after its client's retries ends the run with a 503, an answer that shows the
 * methodology cannot be run (an indicator country-profile does not know) with a 422.
 */
@ApplicationScoped
public class InputCollector {

    static final int PAGE = 500;

    @Inject
    CountryProfileClient profile;

    @Inject
    ProjectRegistryClient registry;

    @Inject
    AtlasConfig config;

    /** Countries in alpha-3 order, with their profiles; the subset (alpha-2 or alpha-3) is checked against them. */
    public List<Remote.Country> countries(List<String> subset) {
        List<Remote.Country> all;
        try {
            all = pages(CountryProfileClient.NAME, p -> profile.countries(p, PAGE));
        } catch (SourceRejected r) {
            // This request has no user input in it: a refusal is country-profile's failure, not the caller's.
            throw SourceCalls.unavailable(CountryProfileClient.NAME, r);
        }
        if (subset == null) {
            return all;
        }
        Map<String, Remote.Country> byCode = new HashMap<>();
        all.forEach(c -> {
            byCode.put(c.alpha3(), c);
            byCode.put(c.alpha2(), c);
        });
        List<ProblemError> errors = new ArrayList<>();
        Set<String> wanted = new LinkedHashSet<>();
        for (int i = 0; i < subset.size(); i++) {
            String code = subset.get(i) == null ? "" : subset.get(i).trim().toUpperCase(java.util.Locale.ROOT);
            Remote.Country c = byCode.get(code);
            if (c == null) {
                errors.add(ProblemError.field("/countries/" + i, "'" + subset.get(i) + "' is not an ISO 3166-1 country known to country-profile"));
            } else {
                wanted.add(c.alpha3());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return all.stream().filter(c -> wanted.contains(c.alpha3())).toList();
    }

    /**
     * Checks against country-profile that every indicator code a methodology names exists, and every
     * supplier or organisation origin is an ISO 3166-1 country; unknown ones are named by pointer.
     */
    public void checkCatalogue(MethodologyRequest m) {
        List<ProblemError> errors = new ArrayList<>();
        Map<String, Boolean> known = new HashMap<>();
        for (int i = 0; i < m.indicators().size(); i++) {
            SourceDefinition s = m.indicators().get(i).source();
            String p = "/indicators/" + i + "/source";
            if (s.kind() == io.influenceatlas.scoring.api.SourceKind.PROFILE_INDICATOR) {
                indicator(s.indicator(), p + "/indicator", known, errors);
            } else if (s.per() != null) {
                indicator(s.per().indicator(), p + "/per/indicator", known, errors);
            }
            for (String[] origin : new String[][]{{"supplierOrigin", s.supplierOrigin()}, {"organisationOrigin", s.organisationOrigin()}}) {
                if (origin[1] != null) {
                    known("country " + origin[1], () -> profile.country(origin[1]), p + "/" + origin[0], known, errors,
                            "'" + origin[1] + "' is not an ISO 3166-1 alpha-3 country code known to country-profile");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void indicator(String code, String pointer, Map<String, Boolean> known, List<ProblemError> errors) {
        known("indicator " + code, () -> profile.indicator(code), pointer, known, errors,
                "'" + code + "' is not an indicator in country-profile's catalogue");
    }

    /** Asks country-profile once per thing whether it exists (404: no); an unknown one is an error at the pointer. */
    private void known(String thing, Supplier<Object> lookup, String pointer, Map<String, Boolean> known,
                       List<ProblemError> errors, String message) {
        boolean exists = known.computeIfAbsent(thing, t -> {
            try {
                return guarded(CountryProfileClient.NAME, lookup) != null;
            } catch (SourceRejected notFound) {
                if (notFound.status() == 404) {
                    return false;
                }
                throw rejected(notFound, pointer);
            }
        });
        if (!exists) {
            errors.add(ProblemError.field(pointer, message));
        }
    }

    /** One indicator's values and evidence by country. */
    private record Read(Map<String, Double> values, Map<String, Evidence> evidence) {
    }

    /**
     * Every indicator's values for the year over the given countries, with their evidence. The
     * indicators are read in parallel (atlas.scoring.source-concurrency at a time): a run's wait is
     * mostly the registry's aggregates, one SQL query each.
     */
    public RunInputs collect(MethodologyRequest m, int year, List<Remote.Country> countries, Instant takenAt) {
        Set<String> scope = countries.stream().map(Remote.Country::alpha3).collect(Collectors.toSet());
        Map<String, FutureTask<Map<String, Remote.Observation>>> crossSections = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, config.scoring().sourceConcurrency()));
        try {
            List<Future<Read>> reads = new ArrayList<>();
            for (int i = 0; i < m.indicators().size(); i++) {
                int index = i;
                reads.add(pool.submit(() -> read(m.indicators().get(index), "/indicators/" + index + "/source", year, countries,
                        scope, crossSections)));
            }
            Map<String, Map<String, Double>> values = new TreeMap<>();
            Map<String, Map<String, Evidence>> evidence = new TreeMap<>();
            for (int i = 0; i < reads.size(); i++) {
                Read r;
                try {
                    r = result(reads.get(i));
                } catch (RuntimeException failed) {
                    reads.forEach(f -> f.cancel(false));
                    throw failed;
                }
                values.put(m.indicators().get(i).code(), r.values());
                evidence.put(m.indicators().get(i).code(), r.evidence());
            }
            List<RunInputs.CountryInfo> infos = countries.stream()
                    .sorted(Comparator.comparing(Remote.Country::alpha3))
                    .map(c -> new RunInputs.CountryInfo(c.alpha3(), c.name(),
                            c.region() == null ? null : c.region().code(), c.region() == null ? null : c.region().name(),
                            c.subregion() == null ? null : c.subregion().code(), c.subregion() == null ? null : c.subregion().name()))
                    .toList();
            return new RunInputs(infos, values, evidence, takenAt);
        } finally {
            // Reads not started are dropped; reads under way finish (interrupting a call to a healthy
            // source would count against its circuit breaker).
            pool.shutdown();
        }
    }

    /** A task's result; its failure (a ProblemException, a rejection, a source down) as thrown. */
    private static <T> T result(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the sources", e);
        }
    }

    private Read read(IndicatorDefinition d, String p, int year, List<Remote.Country> countries, Set<String> scope,
                      Map<String, FutureTask<Map<String, Remote.Observation>>> crossSections) {
        Map<String, Double> v = new TreeMap<>();
        Map<String, Evidence> e = new TreeMap<>();
        SourceDefinition s = d.source();
        switch (s.kind()) {
            case PROFILE_INDICATOR -> crossSection(crossSections, s.indicator(), year, SourceValues.orDefault(s.maxAge(), 0), p + "/indicator")
                    .forEach((country, o) -> {
                        if (scope.contains(country) && o.value() != null) {
                            v.put(country, o.value().doubleValue());
                            e.put(country, new Evidence(o.year(), source(o.source()), null, null, null, null, null, null, null));
                        }
                    });
            case REGISTRY_METRIC -> registryMetric(s, year, scope, crossSections, p, v, e);
            case POLICY_EVENTS -> policyEvents(s, year, scope, p, v, e);
            case PROFILE_ATTRIBUTE -> {
                for (Remote.Country c : countries) {
                    Remote.Profile pr = c.profile();
                    String level = pr == null ? null : switch (s.attribute()) {
                        case REGIME_TYPE -> pr.regimeType();
                        case US_ALIGNMENT -> pr.usAlignment();
                        case CHINA_THREAT_PERCEPTION -> pr.chinaThreatPerception();
                        default -> null;
                    };
                    Boolean flag = pr == null ? null : pr.personalist();
                    java.time.LocalDate date = pr == null ? null
                            : s.attribute() == io.influenceatlas.scoring.api.ProfileAttribute.BRI_MEMBER ? pr.briMouDate() : pr.dsrMouDate();
                    Double value = SourceValues.attribute(s.attribute(), s.scores(), level, flag, date, year);
                    if (value != null) {
                        v.put(c.alpha3(), value);
                        String shown = switch (s.attribute()) {
                            case PERSONALIST -> String.valueOf(flag);
                            case BRI_MEMBER, DSR_MOU -> date == null ? "no MoU recorded" : "MoU of " + date;
                            default -> level;
                        };
                        e.put(c.alpha3(), new Evidence(null, null, null, null, null, null, null, null, shown));
                    }
                }
            }
        }
        return new Read(v, e);
    }

    /**
     * A cross-section, read once per run however many indicators need it: the first task to ask
     * reads it, the others wait for that read (never for a queued task, so the pool cannot deadlock).
     */
    private Map<String, Remote.Observation> crossSection(Map<String, FutureTask<Map<String, Remote.Observation>>> cache,
                                                         String code, int year, int maxAge, String pointer) {
        FutureTask<Map<String, Remote.Observation>> task = new FutureTask<>(() -> {
            Map<String, Remote.Observation> byCountry = new HashMap<>();
            pages(CountryProfileClient.NAME, p -> profile.crossSection(code, year, maxAge, p, PAGE))
                    .forEach(o -> byCountry.put(o.country(), o));
            return byCountry;
        });
        FutureTask<Map<String, Remote.Observation>> first = cache.putIfAbsent(code + "/" + maxAge, task);
        if (first == null) {
            task.run();
            first = task;
        }
        try {
            return result(first);
        } catch (SourceRejected r) {
            // Mapped here, by each indicator that uses the cross-section, so the pointer is its own.
            if (r.status() == 404) {
                throw ProblemException.invalidField(pointer, "'" + code + "' is not an indicator in country-profile's catalogue");
            }
            throw rejected(r, pointer);
        }
    }

    private void registryMetric(SourceDefinition s, int year, Set<String> scope,
                                Map<String, FutureTask<Map<String, Remote.Observation>>> crossSections, String pointer,
                                Map<String, Double> v, Map<String, Evidence> e) {
        Remote.Aggregates aggregates;
        try {
            aggregates = guarded(ProjectRegistryClient.NAME, () -> registry.aggregatesByCountry(join(s.roles()),
                    join(s.categories()), join(s.statuses()), s.supplierOrigin(), s.organisationOrigin(),
                    s.weightBy() == null ? null : s.weightBy().stream().map(LockInFactor::key).collect(Collectors.joining(",")),
                    year));
        } catch (SourceRejected r) {
            throw rejected(r, pointer);
        }
        if (aggregates == null || aggregates.rows() == null) {
            throw SourceCalls.unavailable(ProjectRegistryClient.NAME, new IllegalStateException("an aggregates answer without rows"));
        }
        Map<String, Remote.AggregateRow> rows = new HashMap<>();
        for (Remote.AggregateRow row : aggregates.rows()) {
            if (row != null && row.country() != null) {
                rows.put(row.country(), row);
            }
        }
        Map<String, Remote.Observation> denominators = s.per() == null ? null
                : crossSection(crossSections, s.per().indicator(), year, SourceValues.orDefault(s.per().maxAge(), 5), pointer + "/per/indicator");
        for (String country : scope) {
            Remote.AggregateRow row = rows.get(country);
            // The registry is the evidence base: a country no matching project touches scores 0.
            double metric = row == null ? 0 : number(s.measure() == Measure.VALUE_USD ? row.lockInWeightedValueUsd() : row.lockInWeighted());
            List<Evidence.ProjectRef> projects = row == null || row.projectIds() == null ? List.of()
                    : row.projectIds().stream().map(id -> new Evidence.ProjectRef(id, null, null, null, null)).toList();
            if (denominators == null) {
                v.put(country, metric);
                e.put(country, new Evidence(null, null, metric, null, null, projects, null, null, null));
            } else {
                Remote.Observation d = denominators.get(country);
                Double value = SourceValues.per(metric, d == null || d.value() == null ? null : d.value().doubleValue(),
                        s.per().scale() == null ? 1 : s.per().scale());
                if (value != null) {
                    v.put(country, value);
                }
                e.put(country, new Evidence(null, d == null ? null : source(d.source()), metric,
                        d == null || d.value() == null ? null : d.value().doubleValue(), d == null ? null : d.year(),
                        projects, null, null, null));
            }
        }
    }

    private void policyEvents(SourceDefinition s, int year, Set<String> scope, String pointer, Map<String, Double> v,
                              Map<String, Evidence> e) {
        String from = SourceValues.windowStart(year, SourceValues.orDefault(s.windowYears(), 10)).toString();
        String to = year + "-12-31";
        List<Remote.PolicyEvent> events;
        try {
            events = pages(CountryProfileClient.NAME, p -> profile.policyEvents(join(s.eventTypes()), join(s.stances()), from, to, p, PAGE));
        } catch (SourceRejected r) {
            throw rejected(r, pointer);
        }
        Map<String, List<Remote.PolicyEvent>> byCountry = events.stream()
                .filter(ev -> ev != null && ev.country() != null)
                .sorted(Comparator.comparingLong(Remote.PolicyEvent::id))
                .collect(Collectors.groupingBy(Remote.PolicyEvent::country));
        Measure measure = s.measure() == null ? Measure.COUNT : s.measure();
        for (String country : scope) {
            List<Remote.PolicyEvent> mine = byCountry.getOrDefault(country, List.of());
            v.put(country, SourceValues.events(measure, mine.stream().map(Remote.PolicyEvent::stance).toList()));
            e.put(country, new Evidence(null, null, null, null, null, null, null,
                    mine.stream().map(ev -> new Evidence.EventRef(ev.id(), ev.date(), ev.type(), ev.stance(), ev.title(),
                            ev.sources() == null ? List.of() : ev.sources().stream().map(InputCollector::source).toList())).toList(),
                    null));
        }
    }

    /** Reads every page of a list. */
    private <T> List<T> pages(String service, IntFunction<Remote.Page<T>> page) {
        List<T> all = new ArrayList<>();
        for (int p = 1; ; p++) {
            int number = p;
            Remote.Page<T> one = guarded(service, () -> page.apply(number));
            if (one == null || one.items() == null) {
                throw SourceCalls.unavailable(service, new IllegalStateException("a page without items"));
            }
            all.addAll(one.items());
            if (p >= one.totalPages() || one.items().isEmpty()) {
                return all;
            }
        }
    }

    /** A call whose failure after the client's retries (other than a rejection) is a 503 naming the service. */
    static <T> T guarded(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (SourceRejected | ProblemException passOn) {
            throw passOn;
        } catch (RuntimeException down) {
            throw SourceCalls.unavailable(service, down);
        }
    }

    private static ProblemException rejected(SourceRejected r, String pointer) {
        return ProblemException.invalidField(pointer, "refused by " + r.getMessage());
    }

    private static Evidence.SourceRef source(Remote.Source s) {
        return s == null ? null : new Evidence.SourceRef(s.url(), s.publisher(), s.title());
    }

    private static String join(Collection<?> values) {
        return values == null ? null : values.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    private static double number(BigDecimal d) {
        return d == null ? 0 : d.doubleValue();
    }
}
