package io.influenceatlas.countryprofile.domain;

import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.Pages;
import io.influenceatlas.common.paging.Sorts;
import io.influenceatlas.common.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class PolicyEventRepository implements PanacheRepositoryBase<PolicyEvent, Long> {

    public static final Map<String, String> SORT_COLUMNS = Map.of(
            "date", "eventDate", "country", "country", "type", "type", "stance", "stance", "id", "id");

    public record Filter(List<String> countries, List<PolicyEventType> types, List<Stance> stances, LocalDate from,
                         LocalDate to, Lens lens, String text, Boolean sample) {
    }

    public Page<PolicyEvent> search(Filter f, PageRequest page) {
        Where w = new Where()
                .and("country in :countries", "countries", f.countries())
                .and("type in :types", "types", f.types())
                .and("stance in :stances", "stances", f.stances())
                .and("eventDate >= :from", "from", f.from())
                .and("eventDate <= :to", "to", f.to())
                .and("array_contains(lenses, :lens)", "lens", f.lens() == null ? null : f.lens().name())
                .and("sample = :sample", "sample", f.sample())
                .and("(lower(title) like :text escape '\\' or lower(description) like :text escape '\\')", "text",
                        Where.containsPattern(f.text()));
        PanacheQuery<PolicyEvent> q = find(w.query(), Sorts.of(page, SORT_COLUMNS, "id"), w.params());
        return Pages.fetch(q, page);
    }
}
