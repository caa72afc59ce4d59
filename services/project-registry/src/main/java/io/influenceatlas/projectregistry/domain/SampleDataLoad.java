package io.influenceatlas.projectregistry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Marks a shipped sample dataset as loaded, with the checksum of the files loaded. */
@Entity
@Table(name = "sample_data_load")
public class SampleDataLoad extends PanacheEntityBase {

    @Id
    public String dataset;
    public String checksum;
    public Instant loadedAt;
}
