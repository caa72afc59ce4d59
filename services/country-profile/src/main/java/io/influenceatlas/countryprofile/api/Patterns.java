package io.influenceatlas.countryprofile.api;

/** Regular expressions shared by request records. */
public final class Patterns {

    public static final String HTTP_URL = "^https?://[^\\s/$.?#][^\\s]*$";
    public static final String HTTP_URL_MESSAGE = "must be an absolute http or https URL";
    public static final String INDICATOR_CODE = "^[a-z][a-z0-9_]{1,63}$";
    public static final String INDICATOR_CODE_MESSAGE = "must be 2-64 characters: lower-case letters, digits and '_', starting with a letter";
    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String SLUG_MESSAGE = "must be lower-case words joined by '-'";
    public static final String PROFILE_ATTRIBUTE =
            "^(briMouDate|dsrMouDate|regimeType|personalist|usAlignment|chinaThreatPerception|notes)$";
    public static final String PROFILE_ATTRIBUTE_MESSAGE =
            "must be one of briMouDate, dsrMouDate, regimeType, personalist, usAlignment, chinaThreatPerception, notes";

    private Patterns() {
    }
}
