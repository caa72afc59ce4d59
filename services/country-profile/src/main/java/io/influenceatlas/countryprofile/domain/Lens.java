package io.influenceatlas.countryprofile.domain;

/**
 * Alternative groupings of indicators and events: the seed's three factors ICT touches (national
 * security, economic development, political stability) and the four modalities of cyberspace
 * regulation (law, norms, market, code).
 */
public enum Lens {
    NATIONAL_SECURITY, ECONOMIC_DEVELOPMENT, POLITICAL_STABILITY, LAW, NORMS, MARKET, CODE
}
