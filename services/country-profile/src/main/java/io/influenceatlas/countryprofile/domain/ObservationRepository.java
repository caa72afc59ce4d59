package io.influenceatlas.countryprofile.domain;

import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.Pages;
import io.influenceatlas.common.paging.Sorts;
import io.influenceatlas.common.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ObservationRepository implements PanacheRepositoryBase<Observation, Long> {

    /** Queries alias the observation "o" so that correlated subqueries can refer to it. */
    public static final Map<String, String> SORT_COLUMNS = Map.of(
            "country", "o.country", "indicator", "o.indicator", "year", "o.year", "value", "o.value",
            "updatedAt", "o.updatedAt");

    public record Filter(List<String> countries, List<String> indicators, Integer fromYear, Integer toYear,
                         Boolean sample) {
    }

    public Optional<Observation> findByKey(String country, String indicator, int year) {
        return find("country = ?1 and indicator = ?2 and year = ?3", country, indicator, year).firstResultOptional();
    }

    public Page<Observation> search(Filter f, PageRequest page) {
        return page(where(f), page);
    }

    public List<Observation> all(Filter f) {
        Where w = where(f);
        return find("from Observation o where " + w.query(),
                io.quarkus.panache.common.Sort.by("o.country").and("o.indicator").and("o.year"), w.params()).list();
    }

    private static Where where(Filter f) {
        return new Where()
                .and("o.country in :countries", "countries", f.countries())
                .and("o.indicator in :indicators", "indicators", f.indicators())
                .and("o.year >= :fromYear", "fromYear", f.fromYear())
                .and("o.year <= :toYear", "toYear", f.toYear())
                .and("o.sample = :sample", "sample", f.sample());
    }

    /**
     * For each (country, indicator) pair in scope, the most recent observation in
     * [year - maxAge, year]: the "latest value" a scoring run uses for a given year.
     */
    public Page<Observation> latest(String country, String indicator, int year, int maxAge, PageRequest page) {
        Where w = new Where()
                .and("o.country = :country", "country", country)
                .and("o.indicator = :indicator", "indicator", indicator)
                .and("o.year >= :minYear", "minYear", year - maxAge)
                .and("o.year = (select max(o2.year) from Observation o2 where o2.country = o.country"
                        + " and o2.indicator = o.indicator and o2.year <= :year)", "year", year);
        return page(w, page);
    }

    public long countForIndicator(String indicator) {
        return count("indicator", indicator);
    }

    /** Existing observations for the given indicators, to match a bulk upload against in one query. */
    public List<Observation> forIndicators(Collection<String> indicators) {
        return list("indicator in ?1", indicators);
    }

    private Page<Observation> page(Where w, PageRequest page) {
        PanacheQuery<Observation> q = find("from Observation o where " + w.query(), Sorts.of(page, SORT_COLUMNS, "o.id"),
                w.params());
        return Pages.fetch(q, page);
    }
}
