package io.influenceatlas.countryprofile.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An ISO 3166-1 country (immutable reference data) and its editable profile: where it stands
 * between China and the United States. The profile's row version is its ETag.
 */
@Entity
@Table(name = "country")
public class Country extends PanacheEntityBase {

    @Id
    @Column(length = 3)
    public String alpha3;

    @Column(updatable = false)
    public String alpha2;

    @Column(updatable = false)
    public String numericCode;

    @Column(updatable = false)
    public String name;

    @Column(updatable = false)
    public String regionCode;

    @Column(updatable = false)
    public String region;

    @Column(updatable = false)
    public String subregionCode;

    @Column(updatable = false)
    public String subregion;

    @Column(updatable = false)
    public String intermediateRegionCode;

    @Column(updatable = false)
    public String intermediateRegion;

    public LocalDate briMouDate;
    public LocalDate dsrMouDate;

    @Enumerated(EnumType.STRING)
    public RegimeType regimeType;

    public Boolean personalist;

    @Enumerated(EnumType.STRING)
    public UsAlignment usAlignment;

    @Enumerated(EnumType.STRING)
    public ThreatPerception chinaThreatPerception;

    public String notes;

    @ElementCollection
    @CollectionTable(name = "country_profile_source", joinColumns = @JoinColumn(name = "country"))
    @OrderColumn(name = "position")
    public List<ProfileSource> sources = new ArrayList<>();

    /** True while the profile holds only what the sample loader put there. */
    public boolean sample;

    @Version
    public long version;

    public Instant updatedAt;
    public String updatedBy;
}
