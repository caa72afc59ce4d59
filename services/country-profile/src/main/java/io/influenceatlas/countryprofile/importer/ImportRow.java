package io.influenceatlas.countryprofile.importer;

import io.influenceatlas.countryprofile.api.ObservationRequest;

import java.util.Set;

/**
 * One row of a bulk upload. {@code row} is the CSV record number (header = 1) or the JSON array
 * index; {@code unparsed} names the request properties (JSON pointers) whose cell could not be
 * parsed and were left null, so that they are not reported twice.
 */
public record ImportRow(long row, ObservationRequest request, Set<String> unparsed) {

    public ImportRow(long row, ObservationRequest request) {
        this(row, request, Set.of());
    }
}
