package io.influenceatlas.projectregistry.domain;

import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.Pages;
import io.influenceatlas.common.paging.Sorts;
import io.influenceatlas.common.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, Long> {

    public static final Map<String, String> SORT_COLUMNS = Map.of(
            "id", "id", "name", "name", "originCountry", "originCountry", "type", "type", "updatedAt", "updatedAt");

    /** Filters of the organisation list; null and empty mean "any". */
    public record Filter(String text, List<OrganisationType> types, List<String> originCountries,
                         List<StateOwnership> ownership, Boolean sample) {
    }

    public Page<Organisation> search(Filter f, PageRequest page) {
        Where w = new Where()
                .and("type in :types", "types", f.types())
                .and("originCountry in :origins", "origins", f.originCountries())
                .and("stateOwnership in :ownership", "ownership", f.ownership())
                .and("sample = :sample", "sample", f.sample())
                .and("(lower(name) like :text escape '\\' or lower(array_to_string(aliases, '|')) like :text escape '\\')",
                        "text", Where.containsPattern(f.text()));
        return Pages.fetch(find(w.query(), Sorts.of(page, SORT_COLUMNS, "id"), w.params()), page);
    }
}
