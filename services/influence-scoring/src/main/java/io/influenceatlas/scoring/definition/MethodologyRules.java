package io.influenceatlas.scoring.definition;

import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.engine.Aggregation;
import io.influenceatlas.engine.Framework;
import io.influenceatlas.engine.MissingData;
import io.influenceatlas.engine.Normalisation;
import io.influenceatlas.engine.OutlierTreatment;
import io.influenceatlas.scoring.api.ComputeRequest;
import io.influenceatlas.scoring.api.IndicatorDefinition;
import io.influenceatlas.scoring.api.LensDefinition;
import io.influenceatlas.scoring.api.Measure;
import io.influenceatlas.scoring.api.MethodologyRequest;
import io.influenceatlas.scoring.api.NodeDefinition;
import io.influenceatlas.scoring.api.SourceDefinition;
import io.influenceatlas.scoring.api.SourceKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every rule a methodology or a /compute framework must satisfy, each broken rule reported with the
 * JSON pointer of the offending member. The tree is nested, so it cannot express a cycle; what would
 * be one in a flat form (a group or indicator reached twice) is a repeated code here and is refused.
 */
public final class MethodologyRules {

    public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,79}");
    public static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    public static final int MAX_INDICATORS = 500;
    public static final int MAX_DEPTH = 8;
    public static final String MAIN = "main";

    private final List<ProblemError> errors = new ArrayList<>();

    private MethodologyRules() {
    }

    /** A methodology version: key (when required), name, coverage, framework, indicators with sources, lenses. */
    public static List<ProblemError> check(MethodologyRequest m, boolean keyRequired) {
        MethodologyRules r = new MethodologyRules();
        if (m == null) {
            r.add("", "a body is required");
            return r.errors;
        }
        if (m.key() == null) {
            if (keyRequired) {
                r.add("/key", "is required");
            }
        } else if (!KEY.matcher(m.key()).matches()) {
            r.add("/key", "must be 1–60 lower-case letters, digits or hyphens, starting with a letter or digit");
        }
        r.text("/name", m.name(), 200, true);
        r.text("/description", m.description(), 4000, false);
        if (m.minCoverage() == null) {
            r.add("/minCoverage", "is required");
        } else if (!(m.minCoverage() >= 0 && m.minCoverage() <= 1)) {
            r.add("/minCoverage", "must be between 0 and 1");
        }
        Map<String, IndicatorDefinition> indicators = r.indicators(m.indicators(), true);
        Set<String> used = r.tree("/framework", m.framework(), true, new HashSet<>(indicators.keySet()), indicators);
        if (m.indicators() != null) {
            for (int i = 0; i < m.indicators().size(); i++) {
                IndicatorDefinition d = m.indicators().get(i);
                if (d != null && d.code() != null && indicators.get(d.code()) == d && !used.contains(d.code())) {
                    r.add("/indicators/" + i + "/code", "indicator '" + d.code() + "' is not used in the framework");
                }
            }
        }
        if (m.lenses() != null) {
            Set<String> lensCodes = new HashSet<>();
            for (int i = 0; i < m.lenses().size(); i++) {
                LensDefinition lens = m.lenses().get(i);
                String p = "/lenses/" + i;
                if (lens == null) {
                    r.add(p, "must not be null");
                    continue;
                }
                if (lens.code() == null || !KEY.matcher(lens.code()).matches()) {
                    r.add(p + "/code", "must be 1–60 lower-case letters, digits or hyphens");
                } else if (MAIN.equals(lens.code()) || !lensCodes.add(lens.code())) {
                    r.add(p + "/code", "'" + lens.code() + "' is " + (MAIN.equals(lens.code()) ? "reserved for the main framework" : "used twice"));
                }
                r.text(p + "/name", lens.name(), 200, true);
                r.text(p + "/description", lens.description(), 4000, false);
                r.tree(p + "/root", lens.root(), true, new HashSet<>(indicators.keySet()), indicators);
            }
        }
        return r.errors;
    }

    /** A /compute request: framework and indicator settings (no sources) over the table's columns. */
    public static List<ProblemError> check(ComputeRequest c) {
        MethodologyRules r = new MethodologyRules();
        if (c == null) {
            r.add("", "a body is required");
            return r.errors;
        }
        if (c.minCoverage() != null && !(c.minCoverage() >= 0 && c.minCoverage() <= 1)) {
            r.add("/minCoverage", "must be between 0 and 1");
        }
        Map<String, IndicatorDefinition> indicators = r.indicators(c.indicators(), false);
        Set<String> columns = new HashSet<>();
        if (c.data() == null || c.data().indicators() == null) {
            r.add("/data/indicators", "is required");
        } else {
            columns.addAll(c.data().indicators());
        }
        if (c.indicators() != null) {
            for (int i = 0; i < c.indicators().size(); i++) {
                IndicatorDefinition d = c.indicators().get(i);
                if (d != null && d.code() != null && !columns.contains(d.code()) && c.data() != null && c.data().indicators() != null) {
                    r.add("/indicators/" + i + "/code", "indicator '" + d.code() + "' is not a column of /data/indicators");
                }
            }
        }
        Set<String> codes = new HashSet<>(columns);
        r.tree("/framework", c.framework(), c.weights() != ComputeRequest.WeightRule.RELATIVE, codes, indicators);
        return r.errors;
    }

    private Map<String, IndicatorDefinition> indicators(List<IndicatorDefinition> list, boolean sourceRequired) {
        Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
        if (list == null || list.isEmpty()) {
            if (sourceRequired) {
                add("/indicators", "at least one indicator is required");
            }
            return byCode;
        }
        if (list.size() > MAX_INDICATORS) {
            add("/indicators", "at most " + MAX_INDICATORS + " indicators");
            return byCode;
        }
        for (int i = 0; i < list.size(); i++) {
            String p = "/indicators/" + i;
            IndicatorDefinition d = list.get(i);
            if (d == null) {
                add(p, "must not be null");
                continue;
            }
            if (d.code() == null || !CODE.matcher(d.code()).matches()) {
                add(p + "/code", "must be 1–80 letters, digits, '_', '.' or '-', starting with a letter or digit");
            } else if (byCode.putIfAbsent(d.code(), d) != null) {
                add(p + "/code", "indicator '" + d.code() + "' is defined twice");
            }
            text(p + "/name", d.name(), 200, sourceRequired);
            text(p + "/description", d.description(), 4000, false);
            text(p + "/rationale", d.rationale(), 4000, false);
            settings(p, d);
            if (sourceRequired) {
                source(p + "/source", d.source());
            } else if (d.source() != null) {
                add(p + "/source", "is not used here: /compute takes the values from /data");
            }
        }
        return byCode;
    }

    private void settings(String p, IndicatorDefinition d) {
        if (d.outliers() != null) {
            var o = d.outliers();
            if (o.kind() == null) {
                add(p + "/outliers/kind", "is required");
            } else if (o.kind() == OutlierTreatment.Kind.NONE
                    && (o.skewThreshold() != null || o.kurtosisThreshold() != null || o.maxWinsorised() != null)) {
                add(p + "/outliers", "thresholds are only used with WINSORISE");
            }
            positive(p + "/outliers/skewThreshold", o.skewThreshold());
            positive(p + "/outliers/kurtosisThreshold", o.kurtosisThreshold());
            if (o.maxWinsorised() != null && (o.maxWinsorised() < 0 || o.maxWinsorised() > 1000)) {
                add(p + "/outliers/maxWinsorised", "must be between 0 and 1000");
            }
        }
        if (d.normalisation() != null) {
            var n = d.normalisation();
            if (n.kind() == null) {
                add(p + "/normalisation/kind", "is required");
            } else {
                boolean goalposts = n.kind() == Normalisation.Kind.GOALPOSTS;
                boolean reference = n.kind() == Normalisation.Kind.DISTANCE_TO_REFERENCE;
                if (goalposts) {
                    if (!finite(n.lower()) || !finite(n.upper())) {
                        add(p + "/normalisation", "GOALPOSTS needs finite lower and upper");
                    } else if (!(n.lower() < n.upper())) {
                        add(p + "/normalisation/upper", "must be above lower");
                    }
                } else if (n.lower() != null || n.upper() != null) {
                    add(p + "/normalisation", "lower and upper are only used with GOALPOSTS");
                }
                if (reference) {
                    if (!finite(n.reference()) || n.reference() == 0) {
                        add(p + "/normalisation/reference", "DISTANCE_TO_REFERENCE needs a finite reference other than 0");
                    }
                } else if (n.reference() != null) {
                    add(p + "/normalisation/reference", "is only used with DISTANCE_TO_REFERENCE");
                }
            }
        }
        if (d.missing() != null) {
            var m = d.missing();
            if (m.kind() == null) {
                add(p + "/missing/kind", "is required");
            } else if (m.kind() == MissingData.Kind.CONSTANT) {
                if (!finite(m.constant())) {
                    add(p + "/missing/constant", "CONSTANT needs a finite constant");
                }
            } else if (m.constant() != null) {
                add(p + "/missing/constant", "is only used with CONSTANT");
            }
        }
    }

    private void source(String p, SourceDefinition s) {
        if (s == null) {
            add(p, "is required: where a run takes the values from");
            return;
        }
        if (s.kind() == null) {
            add(p + "/kind", "is required");
            return;
        }
        Map<String, Boolean> present = new LinkedHashMap<>();
        present.put("indicator", s.indicator() != null);
        present.put("maxAge", s.maxAge() != null);
        present.put("roles", s.roles() != null);
        present.put("categories", s.categories() != null);
        present.put("statuses", s.statuses() != null);
        present.put("measure", s.measure() != null);
        present.put("weightBy", s.weightBy() != null);
        present.put("supplierOrigin", s.supplierOrigin() != null);
        present.put("organisationOrigin", s.organisationOrigin() != null);
        present.put("per", s.per() != null);
        present.put("eventTypes", s.eventTypes() != null);
        present.put("stances", s.stances() != null);
        present.put("windowYears", s.windowYears() != null);
        present.put("attribute", s.attribute() != null);
        present.put("scores", s.scores() != null);
        Set<String> allowed = switch (s.kind()) {
            case PROFILE_INDICATOR -> Set.of("indicator", "maxAge");
            case REGISTRY_METRIC -> Set.of("roles", "categories", "statuses", "measure", "weightBy", "supplierOrigin",
                    "organisationOrigin", "per");
            case POLICY_EVENTS -> Set.of("eventTypes", "stances", "windowYears", "measure");
            case PROFILE_ATTRIBUTE -> Set.of("attribute", "scores");
        };
        present.forEach((member, isSet) -> {
            if (isSet && !allowed.contains(member)) {
                add(p + "/" + member, "is not used by a " + s.kind() + " source");
            }
        });
        switch (s.kind()) {
            case PROFILE_INDICATOR -> {
                if (s.indicator() == null || !CODE.matcher(s.indicator()).matches()) {
                    add(p + "/indicator", "is required: a country-profile indicator code");
                }
                range(p + "/maxAge", s.maxAge(), 0, 50);
            }
            case REGISTRY_METRIC -> {
                if (s.measure() != null && s.measure() != Measure.COUNT && s.measure() != Measure.VALUE_USD) {
                    add(p + "/measure", "must be COUNT or VALUE_USD for a REGISTRY_METRIC");
                }
                distinct(p + "/roles", s.roles());
                distinct(p + "/categories", s.categories());
                distinct(p + "/statuses", s.statuses());
                distinct(p + "/weightBy", s.weightBy());
                if (s.supplierOrigin() != null && !ALPHA3.matcher(s.supplierOrigin()).matches()) {
                    add(p + "/supplierOrigin", "must be an ISO 3166-1 alpha-3 code such as CHN");
                }
                if (s.organisationOrigin() != null && !ALPHA3.matcher(s.organisationOrigin()).matches()) {
                    add(p + "/organisationOrigin", "must be an ISO 3166-1 alpha-3 code such as CHN");
                }
                if (s.per() != null) {
                    if (s.per().indicator() == null || !CODE.matcher(s.per().indicator()).matches()) {
                        add(p + "/per/indicator", "is required: a country-profile indicator code");
                    }
                    if (s.per().scale() != null && !(finite(s.per().scale()) && s.per().scale() > 0)) {
                        add(p + "/per/scale", "must be a positive number");
                    }
                    range(p + "/per/maxAge", s.per().maxAge(), 0, 50);
                }
            }
            case POLICY_EVENTS -> {
                if (s.measure() != null && s.measure() != Measure.COUNT && s.measure() != Measure.NET_STANCE) {
                    add(p + "/measure", "must be COUNT or NET_STANCE for POLICY_EVENTS");
                }
                distinct(p + "/eventTypes", s.eventTypes());
                distinct(p + "/stances", s.stances());
                range(p + "/windowYears", s.windowYears(), 1, 100);
            }
            case PROFILE_ATTRIBUTE -> {
                if (s.attribute() == null) {
                    add(p + "/attribute", "is required");
                } else if (s.attribute().levels().isEmpty()) {
                    if (s.scores() != null) {
                        add(p + "/scores", s.attribute() + " is already 0 or 1: no scores");
                    }
                } else if (s.scores() == null) {
                    add(p + "/scores", "is required: a score for each of " + s.attribute().levels());
                } else {
                    for (var e : s.scores().entrySet()) {
                        if (!s.attribute().levels().contains(e.getKey())) {
                            add(p + "/scores/" + escape(e.getKey()), "is not a level of " + s.attribute() + " " + s.attribute().levels());
                        } else if (!finite(e.getValue())) {
                            add(p + "/scores/" + escape(e.getKey()), "must be a finite number");
                        }
                    }
                    for (String level : s.attribute().levels()) {
                        if (!s.scores().containsKey(level)) {
                            add(p + "/scores", "has no score for " + level);
                        }
                    }
                }
            }
        }
    }

    /**
     * Checks a tree whose leaves may reference the codes in {@code leaves} (with their settings, where
     * given); returns the codes it references.
     */
    private Set<String> tree(String p, NodeDefinition root, boolean strict, Set<String> leaves,
                             Map<String, IndicatorDefinition> settings) {
        Set<String> used = new HashSet<>();
        if (root == null) {
            add(p, "is required");
            return used;
        }
        if (root.isIndicator()) {
            add(p + "/indicator", "the root must be a group, not an indicator");
            return used;
        }
        node(p, root, true, 1, strict, leaves, settings, false, new HashSet<>(), used);
        return used;
    }

    /** @param multiplicative whether a GEOMETRIC or HARMONIC group is above this node */
    private void node(String p, NodeDefinition n, boolean root, int depth, boolean strict, Set<String> leaves,
                      Map<String, IndicatorDefinition> settings, boolean multiplicative, Set<String> groupCodes, Set<String> used) {
        if (!root) {
            if (n.weight() == null) {
                add(p + "/weight", "is required");
            } else if (!finite(n.weight()) || n.weight() < 0) {
                add(p + "/weight", "must be a finite number ≥ 0");
            }
        }
        if (n.isIndicator()) {
            if (n.code() != null || n.children() != null || n.aggregation() != null || n.name() != null) {
                add(p, "an indicator reference has only 'indicator' and 'weight'");
            }
            if (!leaves.contains(n.indicator())) {
                add(p + "/indicator", "unknown indicator '" + n.indicator() + "'");
            } else if (!used.add(n.indicator())) {
                add(p + "/indicator", "indicator '" + n.indicator() + "' is used twice in this tree");
            }
            IndicatorDefinition d = settings.get(n.indicator());
            Normalisation.Kind kind = d == null || d.normalisation() == null ? null : d.normalisation().kind();
            if (multiplicative && (kind == Normalisation.Kind.Z_SCORE || kind == Normalisation.Kind.DISTANCE_TO_REFERENCE)) {
                add(p + "/indicator", "indicator '" + n.indicator() + "' is normalised by " + kind + ", which can be negative, "
                        + "under a GEOMETRIC or HARMONIC group; use MIN_MAX, GOALPOSTS, RANK or PERCENTILE_RANK there");
            }
            return;
        }
        if (n.code() == null || !CODE.matcher(n.code()).matches()) {
            add(p + "/code", "is required: 1–80 letters, digits, '_', '.' or '-'");
        } else if (leaves.contains(n.code()) || !groupCodes.add(n.code())) {
            add(p + "/code", "'" + n.code() + "' is already used in this tree (codes must be unique, so no node is reached twice)");
        }
        text(p + "/name", n.name(), 200, false);
        text(p + "/description", n.description(), 4000, false);
        if (n.children() == null || n.children().isEmpty()) {
            add(p + "/children", "a group needs at least one child");
            return;
        }
        if (depth >= MAX_DEPTH) {
            add(p + "/children", "the tree is deeper than " + MAX_DEPTH + " levels");
            return;
        }
        double sum = 0;
        boolean weightsKnown = true;
        for (int i = 0; i < n.children().size(); i++) {
            NodeDefinition c = n.children().get(i);
            String cp = p + "/children/" + i;
            if (c == null) {
                add(cp, "must not be null");
                weightsKnown = false;
                continue;
            }
            node(cp, c, false, depth + 1, strict, leaves, settings,
                    multiplicative || n.aggregation() == Aggregation.GEOMETRIC || n.aggregation() == Aggregation.HARMONIC,
                    groupCodes, used);
            if (c.weight() == null || !finite(c.weight()) || c.weight() < 0) {
                weightsKnown = false;
            } else {
                sum += c.weight();
            }
        }
        if (weightsKnown) {
            if (!(sum > 0)) {
                add(p + "/children", "the children's weights are all zero");
            } else if (strict && Math.abs(sum - 1) > Framework.WEIGHT_TOLERANCE) {
                add(p + "/children", "the children's weights sum to " + sum + ", not 1 (tolerance " + Framework.WEIGHT_TOLERANCE + ")");
            }
        }
    }

    private void text(String p, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(p, "is required");
            }
        } else if (value.length() > max) {
            add(p, "must be at most " + max + " characters");
        } else if (value.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r')) {
            add(p, "must not contain control characters");
        }
    }

    private void positive(String p, Double v) {
        if (v != null && !(finite(v) && v > 0)) {
            add(p, "must be a positive number");
        }
    }

    private void range(String p, Integer v, int min, int max) {
        if (v != null && (v < min || v > max)) {
            add(p, "must be between " + min + " and " + max);
        }
    }

    private void distinct(String p, Collection<?> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            add(p, "must not be empty (leave it out for all)");
        } else if (values.contains(null)) {
            add(p, "must not contain null");
        } else if (new HashSet<>(values).size() != values.size()) {
            add(p, "must not repeat a value");
        }
    }

    /** A JSON pointer token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static boolean finite(Double v) {
        return v != null && Double.isFinite(v);
    }

    private void add(String pointer, String message) {
        errors.add(ProblemError.field(pointer, message));
    }
}
