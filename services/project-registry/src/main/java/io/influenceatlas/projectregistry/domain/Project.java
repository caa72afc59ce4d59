package io.influenceatlas.projectregistry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A project. Countries and organisations are rows of their own (they are filtered and aggregated
 * on); status history, sources and geometry are documents read and written whole, kept as JSON text.
 */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    public Long id;

    public String externalId;
    public String title;
    public String description;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    @Enumerated(EnumType.STRING)
    public PublicationState state;

    public String announcedOn;
    public String agreedOn;
    public String startedOn;
    public String completedOn;
    public Integer firstYear;

    public BigDecimal valueAmount;
    public String valueCurrency;
    public BigDecimal valueUsd;

    @Enumerated(EnumType.STRING)
    public LayerCriticality layerCriticality;
    @Enumerated(EnumType.STRING)
    public SwitchingCost switchingCost;
    @Enumerated(EnumType.STRING)
    public Openness standard;
    @Enumerated(EnumType.STRING)
    public SupplierRole supplierRole;
    @Enumerated(EnumType.STRING)
    public DataAccess dataAccess;
    public String lockInNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    /** The alpha-3 codes of {@link #countries}, on the row for fast country filters. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> countryCodes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public QualityGrade qualityGrade;

    /** JSON array of StatusChange. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String statusHistory;

    /** JSON array of Source. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String sources;

    /** RFC 7946 geometry, or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String geometry;

    @ElementCollection
    @CollectionTable(name = "project_country", joinColumns = @JoinColumn(name = "project_id"))
    @BatchSize(size = 100)
    public List<CountryLink> countries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_organisation", joinColumns = @JoinColumn(name = "project_id"))
    @BatchSize(size = 100)
    public List<OrganisationLink> organisations = new ArrayList<>();

    public boolean sample;

    @Version
    public long version;

    public Instant createdAt;
    public Instant updatedAt;
    public String updatedBy;
}
