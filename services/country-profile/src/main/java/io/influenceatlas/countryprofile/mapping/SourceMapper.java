package io.influenceatlas.countryprofile.mapping;

import io.influenceatlas.countryprofile.api.ProfileSourceRequest;
import io.influenceatlas.countryprofile.api.ProfileSourceView;
import io.influenceatlas.countryprofile.api.SourceRequest;
import io.influenceatlas.countryprofile.api.SourceView;
import io.influenceatlas.countryprofile.domain.ProfileSource;
import io.influenceatlas.countryprofile.domain.SourceRef;

/** Sources between wire records and embeddables; blank strings become null so equality is by content. */
public final class SourceMapper {

    private SourceMapper() {
    }

    public static SourceRef toEntity(SourceRequest r) {
        return r == null ? null
                : new SourceRef(blankToNull(r.url()), blankToNull(r.publisher()), blankToNull(r.title()), r.published(),
                r.accessed());
    }

    public static SourceView toView(SourceRef s) {
        return s == null ? null : new SourceView(s.url, s.publisher, s.title, s.published, s.accessed);
    }

    public static SourceRequest toRequest(SourceRef s) {
        return s == null ? null : new SourceRequest(s.url, s.publisher, s.title, s.published, s.accessed);
    }

    public static ProfileSource toEntity(ProfileSourceRequest r) {
        return new ProfileSource(blankToNull(r.attribute()),
                new SourceRef(blankToNull(r.url()), blankToNull(r.publisher()), blankToNull(r.title()), r.published(),
                        r.accessed()));
    }

    public static ProfileSourceView toView(ProfileSource p) {
        SourceRef s = p.source == null ? new SourceRef() : p.source;
        return new ProfileSourceView(p.attribute, s.url, s.publisher, s.title, s.published, s.accessed);
    }

    public static ProfileSourceRequest toRequest(ProfileSource p) {
        SourceRef s = p.source == null ? new SourceRef() : p.source;
        return new ProfileSourceRequest(p.attribute, s.url, s.publisher, s.title, s.published, s.accessed);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
