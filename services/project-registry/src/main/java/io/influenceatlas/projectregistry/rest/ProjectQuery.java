package io.influenceatlas.projectregistry.rest;

import io.influenceatlas.common.http.Params;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.projectregistry.domain.Category;
import io.influenceatlas.projectregistry.domain.CountryRole;
import io.influenceatlas.projectregistry.domain.OrganisationRole;
import io.influenceatlas.projectregistry.domain.ProjectFilter;
import io.influenceatlas.projectregistry.domain.ProjectStatus;
import io.influenceatlas.projectregistry.domain.PublicationState;
import io.influenceatlas.projectregistry.domain.QualityGrade;
import io.influenceatlas.projectregistry.service.ReferenceData;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.math.BigDecimal;
import java.util.List;

/** The project filters shared by search, export and aggregates. Lists: repeat the parameter or comma-separate. */
public class ProjectQuery {

    @Parameter(description = "Only these project ids.")
    @QueryParam("id")
    public List<String> id;

    @Parameter(description = "Countries the project touches (alpha-2 or alpha-3), in any role or in countryRole.")
    @QueryParam("country")
    public List<String> country;

    @Parameter(description = "HOST, LANDING, PARTNER: the role of the country (of any country when country is absent).")
    @QueryParam("countryRole")
    public List<String> countryRole;

    @Parameter(description = "Categories, e.g. SUBMARINE_CABLE,DATA_CENTRE.")
    @QueryParam("category")
    public List<String> category;

    @Parameter(description = "Statuses: ANNOUNCED, AGREED, UNDER_CONSTRUCTION, OPERATIONAL, SUSPENDED, CANCELLED.")
    @QueryParam("status")
    public List<String> status;

    @Parameter(description = "DRAFT, PUBLISHED.")
    @QueryParam("state")
    public List<String> state;

    @Parameter(description = "Organisation ids linked to the project, in any role or in organisationRole.")
    @QueryParam("organisation")
    public List<String> organisation;

    @Parameter(description = "SUPPLIER, OPERATOR, FINANCIER, OWNER, PARTNER.")
    @QueryParam("organisationRole")
    public List<String> organisationRole;

    @Parameter(description = "Home countries of a SUPPLIER of the project, e.g. CHN.")
    @QueryParam("supplierOrigin")
    public List<String> supplierOrigin;

    @Parameter(description = "Home countries of an organisation of the project, in any role or in organisationRole, e.g. CHN.")
    @QueryParam("organisationOrigin")
    public List<String> organisationOrigin;

    @Parameter(description = "Earliest year of the project (firstYear) at least this.")
    @QueryParam("fromYear")
    public String fromYear;

    @Parameter(description = "Earliest year of the project (firstYear) at most this.")
    @QueryParam("toYear")
    public String toYear;

    @Parameter(description = "U.S.-dollar value at least this.")
    @QueryParam("minValueUsd")
    public String minValueUsd;

    @Parameter(description = "U.S.-dollar value at most this.")
    @QueryParam("maxValueUsd")
    public String maxValueUsd;

    @Parameter(description = "Projects with any of these tags.")
    @QueryParam("tag")
    public List<String> tag;

    @Parameter(description = "Full-text search over title and description: words, \"a phrase\", -excluded, or.")
    @QueryParam("q")
    public String q;

    @Parameter(description = "Data-quality grades A-D.")
    @QueryParam("qualityGrade")
    public List<String> qualityGrade;

    @Parameter(description = "true: only the shipped sample; false: only other records.")
    @QueryParam("sample")
    public String sample;

    /** The filter, with every parameter checked (400 naming it when bad). */
    ProjectFilter filter(ReferenceData reference, List<PublicationState> defaultStates) {
        Integer from = Params.integer("fromYear", fromYear, 1800, 2200);
        Integer to = Params.integer("toYear", toYear, 1800, 2200);
        if (from != null && to != null && from > to) {
            throw ProblemException.invalidParameter("toYear", "must not be before fromYear");
        }
        BigDecimal min = Params.decimal("minValueUsd", minValueUsd);
        BigDecimal max = Params.decimal("maxValueUsd", maxValueUsd);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.invalidParameter("maxValueUsd", "must not be less than minValueUsd");
        }
        List<PublicationState> states = Params.enumList("state", state, PublicationState.class);
        return new ProjectFilter(Params.ids("id", id), reference.alpha3Parameter("country", country),
                Params.enumList("countryRole", countryRole, CountryRole.class),
                Params.enumList("category", category, Category.class),
                Params.enumList("status", status, ProjectStatus.class),
                states.isEmpty() ? defaultStates : states,
                Params.ids("organisation", organisation),
                Params.enumList("organisationRole", organisationRole, OrganisationRole.class),
                reference.alpha3Parameter("supplierOrigin", supplierOrigin),
                reference.alpha3Parameter("organisationOrigin", organisationOrigin), from, to, min, max,
                Params.strings(tag).stream().map(t -> Params.text("tag", t, 60).toLowerCase(java.util.Locale.ROOT)).toList(),
                Params.text("q", q, 500),
                Params.enumList("qualityGrade", qualityGrade, QualityGrade.class),
                Params.bool("sample", sample));
    }
}
