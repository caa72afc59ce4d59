package io.influenceatlas.scoring.domain;

import io.influenceatlas.scoring.api.MethodologyStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** A completed run: only ever written whole, never updated. */
@Entity
public class ScoreRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_run_seq")
    @SequenceGenerator(name = "score_run_seq", sequenceName = "score_run_seq", allocationSize = 50)
    public Long id;

    public long methodologyId;
    public String methodologyKey;
    public int methodologyVersion;

    @Enumerated(EnumType.STRING)
    public MethodologyStatus methodologyStatus;

    @JdbcTypeCode(SqlTypes.JSON)
    public String definition;

    public int year;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> countries;

    public String inputsHash;
    public Long sameInputsAs;
    public Instant inputsTakenAt;
    public Instant completedAt;
    public long durationMs;
    public int countriesTotal;
    public int countriesScored;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> frameworks;

    /** JSON: framework → list of DiagnosticsView. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String diagnostics;

    public String createdBy;
}
