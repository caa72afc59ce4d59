package io.influenceatlas.projectregistry.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL where-clause of a {@link ProjectFilter} over {@code project p}, with its named parameters.
 * Search, export and aggregates all select through it, so they always agree on what matches.
 */
public final class ProjectSql {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public ProjectSql(ProjectFilter f) {
        add("p.id in (:ids)", "ids", f.ids());
        boolean countries = present(f.countries());
        boolean roles = present(f.countryRoles());
        if (countries && !roles) {
            // The codes on the row: one GIN lookup that combines with the other filters' indexes.
            // One text parameter: a list expanded inside array[...] would become a single row value.
            clauses.add("p.country_codes && string_to_array(:countryCodes, ',')");
            params.put("countryCodes", String.join(",", f.countries()));
        } else if (roles) {
            String c = "exists (select 1 from project_country pc where pc.project_id = p.id";
            if (countries) {
                c += " and pc.country in (:countries)";
                params.put("countries", f.countries());
            }
            c += " and pc.role in (:countryRoles)";
            params.put("countryRoles", names(f.countryRoles()));
            clauses.add(c + ")");
        }
        boolean orgs = present(f.organisations());
        boolean orgRoles = present(f.organisationRoles());
        boolean orgOrigins = present(f.organisationOrigins());
        if (orgs || orgRoles || orgOrigins) {
            String c = "exists (select 1 from project_organisation po"
                    + (orgOrigins ? " join organisation oo on oo.id = po.organisation_id" : "") + " where po.project_id = p.id";
            if (orgOrigins) {
                c += " and oo.origin_country in (:organisationOrigins)";
                params.put("organisationOrigins", f.organisationOrigins());
            }
            if (orgs) {
                c += " and po.organisation_id in (:organisations)";
                params.put("organisations", f.organisations());
            }
            if (orgRoles) {
                c += " and po.role in (:organisationRoles)";
                params.put("organisationRoles", names(f.organisationRoles()));
            }
            clauses.add(c + ")");
        }
        add("exists (select 1 from project_organisation ps join organisation o on o.id = ps.organisation_id"
                + " where ps.project_id = p.id and ps.role = 'SUPPLIER' and o.origin_country in (:origins))",
                "origins", f.supplierOrigins());
        add("p.category in (:categories)", "categories", names(f.categories()));
        add("p.status in (:statuses)", "statuses", names(f.statuses()));
        add("p.state in (:states)", "states", names(f.states()));
        add("p.quality_grade in (:grades)", "grades", names(f.grades()));
        add("p.first_year >= :fromYear", "fromYear", f.fromYear());
        add("p.first_year <= :toYear", "toYear", f.toYear());
        add("p.value_usd >= :minValueUsd", "minValueUsd", f.minValueUsd());
        add("p.value_usd <= :maxValueUsd", "maxValueUsd", f.maxValueUsd());
        add("exists (select 1 from unnest(p.tags) t where t in (:tags))", "tags", f.tags());
        add("p.search_text @@ websearch_to_tsquery('simple', :text)", "text",
                f.text() == null || f.text().isBlank() ? null : f.text().trim());
        add("p.sample = :sample", "sample", f.sample());
    }

    public String where() {
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }

    private void add(String clause, String name, Object value) {
        if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
            return;
        }
        clauses.add(clause);
        params.put(name, value);
    }

    private static boolean present(Collection<?> c) {
        return c != null && !c.isEmpty();
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).toList();
    }
}
