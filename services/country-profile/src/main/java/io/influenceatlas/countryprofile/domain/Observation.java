package io.influenceatlas.countryprofile.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** One value of one indicator for one country and year, with its source. */
@Entity
@Table(name = "observation")
public class Observation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "observation_seq")
    @SequenceGenerator(name = "observation_seq", sequenceName = "observation_seq", allocationSize = 50)
    public Long id;

    public String country;
    public String indicator;
    public int year;
    public BigDecimal value;

    @Embedded
    @AttributeOverride(name = "url", column = @Column(name = "source_url"))
    @AttributeOverride(name = "publisher", column = @Column(name = "source_publisher"))
    @AttributeOverride(name = "title", column = @Column(name = "source_title"))
    @AttributeOverride(name = "published", column = @Column(name = "source_published"))
    @AttributeOverride(name = "accessed", column = @Column(name = "source_accessed"))
    public SourceRef source;

    public String note;
    public boolean sample;

    @Version
    public long version;

    public Instant updatedAt;
    public String updatedBy;
}
