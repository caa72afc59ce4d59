package io.influenceatlas.projectregistry.domain;

import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.Pages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<Revision, Long> {

    /** Newest first. */
    public Page<Revision> history(String type, long id, PageRequest page) {
        return Pages.fetch(find("entityType = ?1 and entityId = ?2", Sort.descending("changedAt", "id"), type, id), page);
    }

    /** The last revision saved at or before the instant. */
    public Optional<Revision> asOf(String type, long id, Instant at) {
        return find("entityType = ?1 and entityId = ?2 and changedAt <= ?3", Sort.descending("changedAt", "id"), type, id, at)
                .firstResultOptional();
    }

    public boolean exists(String type, long id) {
        return count("entityType = ?1 and entityId = ?2", type, id) > 0;
    }
}
