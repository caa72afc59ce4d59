package io.influenceatlas.countryprofile.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A dated policy decision that moves a country toward or away from the influencing state. */
@Entity
@Table(name = "policy_event")
public class PolicyEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_event_seq")
    @SequenceGenerator(name = "policy_event_seq", sequenceName = "policy_event_seq", allocationSize = 50)
    public Long id;

    public String country;
    public LocalDate eventDate;

    @Enumerated(EnumType.STRING)
    public PolicyEventType type;

    @Enumerated(EnumType.STRING)
    public Stance stance;

    public String title;
    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> lenses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "policy_event_source", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<SourceRef> sources = new ArrayList<>();

    public boolean sample;

    @Version
    public long version;

    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
}
