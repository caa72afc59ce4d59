package io.influenceatlas.scoring.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The parts of country-profile's and project-registry's JSON this service reads. Unknown members are
 * ignored, so the other services can add to their APIs without breaking this one.
 */
public final class Remote {

    private Remote() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page<T>(List<T> items, int page, int size, long total, long totalPages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Region(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Profile(LocalDate briMouDate, LocalDate dsrMouDate, String regimeType, Boolean personalist,
                          String usAlignment, String chinaThreatPerception) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Country(String alpha2, String alpha3, String name, Region region, Region subregion, Profile profile) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String url, String publisher, String title) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Observation(String country, String indicator, int year, BigDecimal value, Source source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PolicyEvent(long id, String country, LocalDate date, String type, String stance, String title,
                              List<Source> sources) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AggregateRow(String country, long projects, BigDecimal valueUsd, BigDecimal lockInWeighted,
                               BigDecimal lockInWeightedValueUsd, List<Long> projectIds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Aggregates(List<AggregateRow> rows) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(long id, String title, String category, String status, List<Source> sources) {
    }
}
