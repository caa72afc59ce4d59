package io.influenceatlas.countryprofile.domain;

/** Regimes of the World (Lührmann, Tannenberg and Lindberg 2018; V-Dem) categories. */
public enum RegimeType {
    CLOSED_AUTOCRACY, ELECTORAL_AUTOCRACY, ELECTORAL_DEMOCRACY, LIBERAL_DEMOCRACY
}
