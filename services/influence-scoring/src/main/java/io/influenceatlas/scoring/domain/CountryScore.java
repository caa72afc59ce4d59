package io.influenceatlas.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.util.Objects;

/** One country's result in one framework (main or a lens) of a run. */
@Entity
@IdClass(CountryScore.Key.class)
public class CountryScore extends PanacheEntityBase {

    @Id
    public long runId;
    @Id
    public String framework;
    @Id
    public String country;

    public String name;
    public String regionCode;
    public String region;
    public String subregionCode;
    public String subregion;
    public boolean scored;
    public String reason;
    public double coverage;
    public Double composite;
    public Integer rank;

    /** JSON: the root's children's scores, by code. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String topGroups;

    /** JSON: {"groups": {code: score}, "indicators": {code: IndicatorValueView}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String detail;

    /** JSON: {indicator code: Evidence}; main framework only. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String evidence;

    public static class Key implements Serializable {
        public long runId;
        public String framework;
        public String country;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && runId == k.runId && framework.equals(k.framework) && country.equals(k.country);
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, framework, country);
        }
    }
}
