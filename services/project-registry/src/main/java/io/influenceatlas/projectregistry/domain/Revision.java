package io.influenceatlas.projectregistry.domain;

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

/** One saved change of a project or organisation, with the whole record as it then was. */
@Entity
@Table(name = "revision")
public class Revision extends PanacheEntityBase {

    public static final String PROJECT = "project";
    public static final String ORGANISATION = "organisation";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    public Long id;

    public String entityType;
    public long entityId;
    public long version;
    public Instant changedAt;
    public String changedBy;
    public boolean deleted;

    /** JSON array of FieldChange. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changes;

    /** The record's view after the change; null for a deletion. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String snapshot;
}
