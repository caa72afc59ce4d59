package io.influenceatlas.countryprofile.api;

/** The evidence rule every source obeys beyond its field constraints, wherever it is checked. */
public final class SourceRules {

    public static final String LOCATOR_MESSAGE = "a source needs a url or a title";

    private SourceRules() {
    }

    /** A source names its publisher (a field constraint) and a URL or a title, so a reader can find it. */
    public static boolean hasLocator(String url, String title) {
        return !(url == null || url.isBlank()) || !(title == null || title.isBlank());
    }
}
