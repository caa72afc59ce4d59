package io.influenceatlas.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. Navigation links are also sent as RFC 8288 {@code Link} headers.
 */
@Schema(description = "One page of results.")
public record Page<T>(
        @Schema(description = "The items on this page.") List<T> items,
        @Schema(description = "Page number, starting at 1.", examples = "1") int page,
        @Schema(description = "Requested page size.", examples = "50") int size,
        @Schema(description = "Number of items matching the query across all pages.", examples = "249") long total,
        @Schema(description = "Number of pages.", examples = "5") long totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        long pages = total == 0 ? 0 : (total + request.size() - 1) / request.size();
        return new Page<>(List.copyOf(items), request.page(), request.size(), total, pages);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), page, size, total, totalPages);
    }
}
