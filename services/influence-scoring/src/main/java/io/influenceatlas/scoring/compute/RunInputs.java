package io.influenceatlas.scoring.compute;

import io.influenceatlas.scoring.api.Evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a run read from the other services: the countries (in code order) and, per indicator,
 * each country's raw value and what it was made from. A country without a value has no entry.
 */
public record RunInputs(List<CountryInfo> countries, Map<String, Map<String, Double>> values,
                        Map<String, Map<String, Evidence>> evidence, Instant takenAt) {

    public record CountryInfo(String code, String name, String regionCode, String region, String subregionCode,
                              String subregion) {
    }
}
