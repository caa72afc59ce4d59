package io.influenceatlas.projectregistry.domain;

import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Projects; searches select ids in SQL (full-text, arrays, joins), then load those projects. */
@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, Long> {

    /** API sort key → SQL expression. */
    public static final Map<String, String> SORT_COLUMNS = Map.of(
            "id", "p.id", "title", "p.title", "category", "p.category", "status", "p.status",
            "firstYear", "p.first_year", "valueUsd", "p.value_usd", "updatedAt", "p.updated_at",
            "qualityGrade", "p.quality_grade");

    public Optional<Project> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    /** Projects with these external ids, by external id (one query for a batch of import rows). */
    public Map<String, Project> findByExternalIds(Collection<String> externalIds) {
        Map<String, Project> found = new HashMap<>();
        if (!externalIds.isEmpty()) {
            for (Project p : list("externalId in ?1", externalIds)) {
                found.put(p.externalId, p);
            }
        }
        return found;
    }

    public Page<Project> search(ProjectFilter filter, PageRequest page) {
        ProjectSql sql = new ProjectSql(filter);
        Query count = getEntityManager().createNativeQuery("select count(*) from project p where " + sql.where());
        sql.params().forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || page.offset() >= total) {
            return Page.of(List.of(), page, total);
        }
        Query ids = getEntityManager().createNativeQuery("select p.id from project p where " + sql.where()
                + " order by " + orderBy(page) + " limit :limit offset :offset", Long.class);
        sql.params().forEach(ids::setParameter);
        ids.setParameter("limit", page.size());
        ids.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Long> pageIds = ids.getResultList();
        return Page.of(load(pageIds), page, total);
    }

    /** The next ids after {@code afterId}, in id order: export reads a result set in slices of this. */
    public List<Long> idsAfter(ProjectFilter filter, long afterId, int limit) {
        ProjectSql sql = new ProjectSql(filter);
        Query q = getEntityManager().createNativeQuery("select p.id from project p where " + sql.where()
                + " and p.id > :afterId order by p.id limit :limit", Long.class);
        sql.params().forEach(q::setParameter);
        q.setParameter("afterId", afterId);
        q.setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<Long> result = q.getResultList();
        return result;
    }

    /** Projects with these ids, in the order given. */
    public List<Project> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Project> byId = new HashMap<>();
        for (Project p : list("id in ?1", ids)) {
            byId.put(p.id, p);
        }
        List<Project> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Project p = byId.get(id);
            if (p != null) {
                ordered.add(p);
            }
        }
        return ordered;
    }

    /** How many projects link an organisation (any role). */
    public long countLinking(long organisationId) {
        return ((Number) getEntityManager().createNativeQuery(
                        "select count(distinct project_id) from project_organisation where organisation_id = :id")
                .setParameter("id", organisationId).getSingleResult()).longValue();
    }

    private static String orderBy(PageRequest page) {
        List<String> parts = new ArrayList<>();
        boolean hasId = false;
        for (PageRequest.SortKey key : page.sort()) {
            String column = SORT_COLUMNS.get(key.key());
            hasId |= column.equals("p.id");
            parts.add(column + (key.descending() ? " desc" : " asc") + " nulls last");
        }
        if (!hasId) {
            parts.add("p.id");
        }
        return String.join(", ", parts);
    }
}
