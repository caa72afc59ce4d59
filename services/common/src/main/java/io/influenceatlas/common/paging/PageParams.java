package io.influenceatlas.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters every list endpoint accepts. Kept as strings so that a bad value
 * becomes a 400 naming the parameter rather than JAX-RS's 404 for unconvertible query params.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Page number, starting at 1.", example = "1")
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to " + PageRequest.MAX_SIZE + " (default " + PageRequest.DEFAULT_SIZE + ").",
            example = "50")
    public String size;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated sort keys; prefix a key with '-' for descending order. "
            + "The keys each endpoint accepts are listed in its description.", example = "-year,country")
    public String sort;

    public PageParams() {
    }

    public PageParams(String page, String size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }
}
