package io.influenceatlas.countryprofile.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Records that a sample dataset was loaded, so it is loaded on first start only. */
@Entity
@Table(name = "sample_data_load")
public class SampleDataLoad extends PanacheEntityBase {

    @Id
    public String dataset;
    public String checksum;
    public Instant loadedAt;
}
