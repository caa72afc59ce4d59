package io.influenceatlas.countryprofile.importer;

import java.util.Map;

/** How errors name the offending field: a JSON pointer into the array, or a CSV column. */
public enum ImportFormat {
    JSON, CSV;

    private static final Map<String, String> CSV_COLUMNS = Map.of(
            "/country", "country", "/indicator", "indicator", "/year", "year", "/value", "value",
            "/source", "source_publisher", "/source/url", "source_url", "/source/publisher", "source_publisher",
            "/source/title", "source_title", "/source/published", "source_date", "/source/accessed", "source_accessed");

    /** The name of the field at {@code pointer} (relative to the row) in this format. */
    public String field(long row, String pointer) {
        if (this == JSON) {
            return "/" + row + pointer;
        }
        return CSV_COLUMNS.getOrDefault(pointer, pointer.equals("/note") ? "note" : pointer);
    }
}
