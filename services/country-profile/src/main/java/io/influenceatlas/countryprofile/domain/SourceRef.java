package io.influenceatlas.countryprofile.domain;

import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** Where a value or claim comes from: a public document and its publisher. */
@Embeddable
public class SourceRef {

    public String url;
    public String publisher;
    public String title;
    public LocalDate published;
    public LocalDate accessed;

    public SourceRef() {
    }

    public SourceRef(String url, String publisher, String title, LocalDate published, LocalDate accessed) {
        this.url = url;
        this.publisher = publisher;
        this.title = title;
        this.published = published;
        this.accessed = accessed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRef s && Objects.equals(url, s.url) && Objects.equals(publisher, s.publisher)
                && Objects.equals(title, s.title) && Objects.equals(published, s.published)
                && Objects.equals(accessed, s.accessed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, publisher, title, published, accessed);
    }
}
