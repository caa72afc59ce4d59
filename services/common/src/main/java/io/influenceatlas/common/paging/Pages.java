package io.influenceatlas.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Runs a Panache query for one page: the page's rows and the total count. */
public final class Pages {

    private Pages() {
    }

    public static <T> Page<T> fetch(PanacheQuery<T> query, PageRequest request) {
        long total = query.count();
        return Page.of(query.range(request.offset(), request.offset() + request.size() - 1).list(), request, total);
    }
}
