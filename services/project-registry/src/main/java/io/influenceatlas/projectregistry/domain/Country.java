package io.influenceatlas.projectregistry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** ISO 3166-1 reference code (read-only, from migration V2). */
@Entity
@Table(name = "country")
public class Country extends PanacheEntityBase {

    @Id
    public String alpha3;
    public String alpha2;
    public String name;
}
