package io.influenceatlas.common.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a 200 response for a page with RFC 8288 first/prev/next/last links that keep the
 * request's other query parameters.
 */
public final class PageResponses {

    private PageResponses() {
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
        return RestResponse.ResponseBuilder.ok(page).links(links(page, uri).toArray(Link[]::new)).build();
    }

    static List<Link> links(Page<?> page, UriInfo uri) {
        List<Link> links = new ArrayList<>();
        long last = Math.max(1, page.totalPages());
        links.add(link(uri, 1, page.size(), "first"));
        if (page.page() > 1) {
            links.add(link(uri, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < page.totalPages()) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uri, last, page.size(), "last"));
        return links;
    }

    private static Link link(UriInfo uri, long page, int size, String rel) {
        UriBuilder b = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size);
        // Absolute, built from the request URI: behind a proxy, X-Forwarded-* headers shape it.
        return Link.fromUri(b.build()).rel(rel).build();
    }
}
