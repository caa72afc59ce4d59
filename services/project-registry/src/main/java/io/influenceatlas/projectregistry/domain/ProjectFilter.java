package io.influenceatlas.projectregistry.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Criteria of a project search, export or aggregate; empty lists and nulls mean "any".
 * Countries are alpha-3 codes; a country role alone matches projects touching any country in that role.
 */
public record ProjectFilter(
        List<Long> ids,
        List<String> countries,
        List<CountryRole> countryRoles,
        List<Category> categories,
        List<ProjectStatus> statuses,
        List<PublicationState> states,
        List<Long> organisations,
        List<OrganisationRole> organisationRoles,
        List<String> supplierOrigins,
        List<String> organisationOrigins,
        Integer fromYear,
        Integer toYear,
        BigDecimal minValueUsd,
        BigDecimal maxValueUsd,
        List<String> tags,
        String text,
        List<QualityGrade> grades,
        Boolean sample) {
}
