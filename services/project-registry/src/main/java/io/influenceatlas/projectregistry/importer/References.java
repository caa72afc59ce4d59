package io.influenceatlas.projectregistry.importer;

/** What the project rules look up: known country codes and organisations. */
public interface References {

    /** The alpha-3 code of an ISO 3166-1 alpha-2 or alpha-3 code (any case), or null when unknown. */
    String country(String code);

    /** The id of an organisation given by id or by exact name or alias (case-insensitive), or null. */
    Long organisation(Long id, String name);
}
