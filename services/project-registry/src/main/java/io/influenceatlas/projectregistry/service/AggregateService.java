package io.influenceatlas.projectregistry.service;

import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.projectregistry.api.AggregateRow;
import io.influenceatlas.projectregistry.api.AggregatesView;
import io.influenceatlas.projectregistry.domain.Category;
import io.influenceatlas.projectregistry.domain.CountryRole;
import io.influenceatlas.projectregistry.domain.LockInWeights;
import io.influenceatlas.projectregistry.domain.ProjectFilter;
import io.influenceatlas.projectregistry.domain.ProjectSql;
import io.influenceatlas.projectregistry.domain.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates of matching projects per country × category × status (or any sub-grouping), computed
 * by one SQL query: counts, dollar sums and lock-in-weighted counts, optionally with the statuses
 * projects had at the end of a given year (from their status histories).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AggregateService {

    public static final List<String> GROUPS = List.of("country", "category", "status", "role");

    @Inject
    EntityManager em;

    public AggregatesView aggregate(ProjectFilter filter, List<String> groupBy, List<LockInWeights> weightBy, Integer year,
                                    boolean includeProjects) {
        if (groupBy.contains("role") && !groupBy.contains("country")) {
            throw ProblemException.invalidParameter("groupBy", "role can only be grouped together with country");
        }
        // Statuses are matched after the as-of status is known, so the where-clause leaves them out.
        ProjectFilter withoutStatus = new ProjectFilter(filter.ids(), filter.countries(), filter.countryRoles(),
                filter.categories(), List.of(), filter.states(), filter.organisations(), filter.organisationRoles(),
                filter.supplierOrigins(), filter.organisationOrigins(), filter.fromYear(), filter.toYear(), filter.minValueUsd(), filter.maxValueUsd(),
                filter.tags(), filter.text(), filter.grades(), filter.sample());
        ProjectSql where = new ProjectSql(withoutStatus);
        String status = year == null ? "p.status"
                : "(select e.value ->> 'status' from jsonb_array_elements(p.status_history) with ordinality e(value, n)"
                // The history is kept oldest first, so the last entry dated by then is the status then.
                + " where e.value ->> 'date' <= :asOf order by e.n desc limit 1)";
        String product = weightBy.isEmpty() ? "1" : String.join(" * ", weightBy.stream().map(LockInWeights::sql).toList());
        boolean perCountry = groupBy.contains("country");
        Map<String, String> columns = Map.of("country", "pc.country", "category", "m.category", "status", "m.status",
                "role", "pc.role");
        List<String> selected = groupBy.stream().map(columns::get).toList();

        StringBuilder sql = new StringBuilder("with m as (select p.id, p.category, p.value_usd, ").append(status)
                .append(" as status, ").append(LockInWeights.CRITICALITY.sql()).append(" as cw, ").append(product)
                .append(" as w from project p where ").append(where.where()).append(") select ");
        for (String column : selected) {
            sql.append(column).append(", ");
        }
        sql.append("count(*), count(m.value_usd), coalesce(sum(m.value_usd), 0), coalesce(sum(m.cw), 0),"
                + " coalesce(sum(m.w), 0), coalesce(sum(m.value_usd * m.w), 0)");
        if (includeProjects) {
            sql.append(", string_agg(m.id::text, ',' order by m.id)");
        }
        sql.append(" from m");
        if (perCountry) {
            sql.append(" join project_country pc on pc.project_id = m.id");
            if (!filter.countries().isEmpty()) {
                sql.append(" and pc.country in (:countries)");
            }
            if (!filter.countryRoles().isEmpty()) {
                sql.append(" and pc.role in (:countryRoles)");
            }
        }
        sql.append(" where m.status is not null");
        if (!filter.statuses().isEmpty()) {
            sql.append(" and m.status in (:statuses)");
        }
        if (!selected.isEmpty()) {
            String positions = String.join(", ", java.util.stream.IntStream.rangeClosed(1, selected.size())
                    .mapToObj(Integer::toString).toList());
            sql.append(" group by ").append(positions).append(" order by ").append(positions);
        }
        Query q = em.createNativeQuery(sql.toString());
        where.params().forEach(q::setParameter);
        if (year != null) {
            q.setParameter("asOf", year + "-12-31");
        }
        if (!filter.statuses().isEmpty()) {
            q.setParameter("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (perCountry && !filter.countries().isEmpty()) {
            q.setParameter("countries", filter.countries());
        }
        if (perCountry && !filter.countryRoles().isEmpty()) {
            q.setParameter("countryRoles", filter.countryRoles().stream().map(Enum::name).toList());
        }
        List<AggregateRow> rows = new ArrayList<>();
        for (Object raw : q.getResultList()) {
            Object[] r = raw instanceof Object[] a ? a : new Object[]{raw};
            int i = 0;
            String country = null;
            Category category = null;
            ProjectStatus st = null;
            CountryRole role = null;
            for (String g : groupBy) {
                Object v = r[i++];
                switch (g) {
                    case "country" -> country = (String) v;
                    case "category" -> category = Category.valueOf((String) v);
                    case "status" -> st = ProjectStatus.valueOf((String) v);
                    default -> role = CountryRole.valueOf((String) v);
                }
            }
            long projects = ((Number) r[i++]).longValue();
            if (projects == 0) {
                continue;
            }
            long valued = ((Number) r[i++]).longValue();
            BigDecimal value = decimal(r[i++]);
            BigDecimal critical = decimal(r[i++]);
            BigDecimal weighted = decimal(r[i++]);
            BigDecimal weightedValue = decimal(r[i++]);
            List<Long> ids = includeProjects ? Arrays.stream(((String) r[i]).split(",")).map(Long::valueOf).toList() : null;
            rows.add(new AggregateRow(country, category, st, role, projects, valued, value, critical, weighted, weightedValue, ids));
        }
        Map<String, Map<String, BigDecimal>> weights = new LinkedHashMap<>();
        for (LockInWeights w : LockInWeights.values()) {
            Map<String, BigDecimal> levels = new LinkedHashMap<>(w.weights());
            levels.put("unknown", LockInWeights.UNKNOWN);
            weights.put(w.key(), levels);
        }
        return new AggregatesView(groupBy, weightBy.stream().map(LockInWeights::key).toList(), year, weights, rows);
    }

    private static BigDecimal decimal(Object v) {
        BigDecimal d = v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
        return d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
    }
}
