package io.influenceatlas.countryprofile.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.util.Objects;

/** A source backing one profile attribute (or the profile as a whole when attribute is null). */
@Embeddable
public class ProfileSource {

    public String attribute;

    @Embedded
    public SourceRef source;

    public ProfileSource() {
    }

    public ProfileSource(String attribute, SourceRef source) {
        this.attribute = attribute;
        this.source = source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileSource p && Objects.equals(attribute, p.attribute) && Objects.equals(source, p.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attribute, source);
    }
}
