package io.influenceatlas.scoring.domain;

import io.influenceatlas.scoring.api.MethodologyStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One version of a methodology; its definition is a document read and written whole. */
@Entity
public class Methodology extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "methodology_seq")
    @SequenceGenerator(name = "methodology_seq", sequenceName = "methodology_seq", allocationSize = 50)
    public Long id;

    public String key;
    public int version;

    @Enumerated(EnumType.STRING)
    public MethodologyStatus status;

    public String name;

    /** JSON of the MethodologyRequest without its key. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String definition;

    public String definitionHash;

    @Version
    public long rowVersion;

    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
    public Instant publishedAt;
}
