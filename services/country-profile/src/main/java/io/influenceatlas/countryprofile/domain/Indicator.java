package io.influenceatlas.countryprofile.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An entry of the indicator catalogue, identified by a stable code. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
    public String unit;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> dimensions = new ArrayList<>();

    /** Lens names, stored as text so the column stays readable in SQL. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> lenses = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "url", column = @Column(name = "source_url"))
    @AttributeOverride(name = "publisher", column = @Column(name = "source_publisher"))
    @AttributeOverride(name = "title", column = @Column(name = "source_title"))
    @AttributeOverride(name = "published", column = @Column(name = "source_published"))
    @AttributeOverride(name = "accessed", column = @Column(name = "source_accessed"))
    public SourceRef defaultSource;

    public boolean sample;

    @Version
    public long version;

    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
}
