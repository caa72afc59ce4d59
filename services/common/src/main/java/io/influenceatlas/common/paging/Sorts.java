package io.influenceatlas.common.paging;

import io.quarkus.panache.common.Sort;

import java.util.Map;

/** Maps validated API sort keys to entity paths, adding a unique tiebreaker so pages never overlap. */
public final class Sorts {

    private Sorts() {
    }

    public static Sort of(PageRequest request, Map<String, String> columns, String tiebreaker) {
        Sort sort = null;
        boolean hasTiebreaker = false;
        for (PageRequest.SortKey key : request.sort()) {
            String column = columns.get(key.key());
            hasTiebreaker |= column.equals(tiebreaker);
            Sort.Direction dir = key.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(column, dir, Sort.NullPrecedence.NULLS_LAST)
                    : sort.and(column, dir, Sort.NullPrecedence.NULLS_LAST);
        }
        if (!hasTiebreaker) {
            sort = sort == null ? Sort.by(tiebreaker) : sort.and(tiebreaker);
        }
        return sort;
    }
}
