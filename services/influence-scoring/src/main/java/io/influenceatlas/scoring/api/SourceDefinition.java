package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Where a run takes an indicator's values from. One record for the four kinds, so that a client sees
 * one schema; the members a kind does not use must be absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IndicatorSource", description = """
        Where a run takes the indicator's values from, by kind:
        PROFILE_INDICATOR (indicator, maxAge): a country-profile indicator, the run year's observation or the latest in the maxAge years before;
        REGISTRY_METRIC (roles, categories, statuses, measure COUNT|VALUE_USD, weightBy, supplierOrigin, organisationOrigin, per): project-registry projects touching the country, from its aggregates endpoint, with statuses as at the end of the run year; 0 when none matches;
        POLICY_EVENTS (eventTypes, stances, windowYears, measure COUNT|NET_STANCE): country-profile policy events dated in the windowYears years up to the run year; 0 when none;
        PROFILE_ATTRIBUTE (attribute, scores): a profile attribute; categorical ones are scored by the scores map, BRI_MEMBER and DSR_MOU are 1 when the MoU is dated on or before the run year, PERSONALIST is 1 or 0.""")
public record SourceDefinition(
        SourceKind kind,
        @Schema(description = "PROFILE_INDICATOR: the indicator code in country-profile.", examples = "china_index_technology")
        String indicator,
        @Schema(description = "PROFILE_INDICATOR: years an older observation may be carried forward (default 0).", examples = "3")
        Integer maxAge,
        @Schema(description = "REGISTRY_METRIC: the country's roles in the project (default all).") List<CountryRole> roles,
        @Schema(description = "REGISTRY_METRIC: project categories (default all).") List<ProjectCategory> categories,
        @Schema(description = "REGISTRY_METRIC: statuses at the end of the run year (default all).") List<ProjectStatus> statuses,
        @Schema(description = "REGISTRY_METRIC: COUNT or VALUE_USD; POLICY_EVENTS: COUNT or NET_STANCE (toward China +1, away −1).")
        Measure measure,
        @Schema(description = "REGISTRY_METRIC: lock-in attributes whose weights multiply each project (default none).")
        List<LockInFactor> weightBy,
        @Schema(description = "REGISTRY_METRIC: only projects with a supplier from this country (ISO alpha-3).", examples = "CHN")
        String supplierOrigin,
        @Schema(description = "REGISTRY_METRIC: only projects with an organisation from this country in any role (owner, operator, "
                + "financier, supplier, partner).", examples = "CHN")
        String organisationOrigin,
        @Schema(description = "REGISTRY_METRIC: divide by a country-profile indicator (per capita, per GDP...).") PerSettings per,
        @Schema(description = "POLICY_EVENTS: event types (default all).") List<PolicyEventType> eventTypes,
        @Schema(description = "POLICY_EVENTS: stances (default all).") List<Stance> stances,
        @Schema(description = "POLICY_EVENTS: years up to and including the run year (default 10).", examples = "10")
        Integer windowYears,
        @Schema(description = "PROFILE_ATTRIBUTE: the attribute.") ProfileAttribute attribute,
        @Schema(description = "PROFILE_ATTRIBUTE: a score for every level of a categorical attribute.")
        Map<String, Double> scores) {

    /** Divide the metric by (the indicator's value ÷ scale), e.g. population ÷ 1,000,000 for "per million people". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PerSettings", description = "Divide by a country-profile indicator's value ÷ scale (e.g. population_total, 1000000: per million people).")
    public record PerSettings(@Schema(examples = "population_total") String indicator,
                              @Schema(examples = "1000000") Double scale,
                              @Schema(description = "Default 5.") Integer maxAge) {
    }
}
