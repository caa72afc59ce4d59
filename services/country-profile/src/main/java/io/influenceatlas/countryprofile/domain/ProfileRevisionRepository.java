package io.influenceatlas.countryprofile.domain;

import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.Pages;
import io.influenceatlas.common.paging.Sorts;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

@ApplicationScoped
public class ProfileRevisionRepository implements PanacheRepositoryBase<ProfileRevision, Long> {

    public static final Map<String, String> SORT_COLUMNS = Map.of("version", "version", "changedAt", "changedAt");

    public Page<ProfileRevision> forCountry(String alpha3, PageRequest page) {
        PanacheQuery<ProfileRevision> q = find("country", Sorts.of(page, SORT_COLUMNS, "id"), alpha3);
        return Pages.fetch(q, page);
    }
}
