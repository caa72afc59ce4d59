package io.influenceatlas.projectregistry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A company, financier or public body; listings and sources are JSON documents of the record. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    public Long id;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases = new ArrayList<>();

    public String originCountry;

    @Enumerated(EnumType.STRING)
    public OrganisationType type;

    @Enumerated(EnumType.STRING)
    public StateOwnership stateOwnership;

    public String website;
    public String notes;

    /** JSON array of Listing. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String listings;

    /** JSON array of Source. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String sources;

    public boolean sample;

    @Version
    public long version;

    public Instant createdAt;
    public Instant updatedAt;
    public String updatedBy;
}
