package io.influenceatlas.countryprofile.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One saved change of a country profile: the resulting version and every field's old and new value. */
@Entity
@Table(name = "profile_revision")
public class ProfileRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_revision_seq")
    @SequenceGenerator(name = "profile_revision_seq", sequenceName = "profile_revision_seq", allocationSize = 50)
    public Long id;

    public String country;
    public long version;
    public Instant changedAt;
    public String changedBy;

    /** JSON array of {field, from, to}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changes;
}
