package io.influenceatlas.countryprofile.domain;

import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.Pages;
import io.influenceatlas.common.paging.Sorts;
import io.influenceatlas.common.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    public static final Map<String, String> SORT_COLUMNS = Map.of(
            "code", "code", "name", "name", "unit", "unit", "direction", "direction", "updatedAt", "updatedAt");

    public record Filter(String dimension, Lens lens, Direction direction, String text, Boolean sample) {
    }

    public Page<Indicator> search(Filter f, PageRequest page) {
        Where w = new Where()
                .and("array_contains(dimensions, :dimension)", "dimension", f.dimension())
                .and("array_contains(lenses, :lens)", "lens", f.lens() == null ? null : f.lens().name())
                .and("direction = :direction", "direction", f.direction())
                .and("sample = :sample", "sample", f.sample())
                .and("(lower(code) like :text escape '\\' or lower(name) like :text escape '\\'"
                        + " or lower(description) like :text escape '\\')", "text", Where.containsPattern(f.text()));
        PanacheQuery<Indicator> q = find(w.query(), Sorts.of(page, SORT_COLUMNS, "code"), w.params());
        return Pages.fetch(q, page);
    }

    public Set<String> allCodes() {
        return new HashSet<>(getEntityManager().createQuery("select i.code from Indicator i", String.class)
                .getResultList());
    }
}
