package io.influenceatlas.projectregistry.api;

/** Regular expressions shared by request records. */
public final class Patterns {

    public static final String HTTP_URL = "^https?://[^\\s/$.?#][^\\s]*$";
    public static final String HTTP_URL_MESSAGE = "must be an absolute http or https URL";
    public static final String TAG = "^[a-z0-9]+([-.][a-z0-9]+)*$";
    public static final String TAG_MESSAGE = "must be lower-case letters and digits, words joined by '-' or '.'";
    public static final String COUNTRY = "^[A-Za-z]{2,3}$";
    public static final String COUNTRY_MESSAGE = "must be an ISO 3166-1 alpha-2 or alpha-3 code";
    public static final String CURRENCY = "^[A-Z]{3}$";
    public static final String CURRENCY_MESSAGE = "must be an ISO 4217 code such as USD";

    private Patterns() {
    }
}
