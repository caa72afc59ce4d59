package io.influenceatlas.scoring.compute;

import io.influenceatlas.scoring.api.Evidence;
import io.influenceatlas.scoring.api.Measure;
import io.influenceatlas.scoring.api.ProfileAttribute;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SourceValuesTest {

    @Test
    void memorandaCountFromTheirYearOn() {
        LocalDate mou = LocalDate.of(2018, 9, 3);
        assertEquals(0.0, SourceValues.attribute(ProfileAttribute.BRI_MEMBER, null, null, null, mou, 2017));
        assertEquals(1.0, SourceValues.attribute(ProfileAttribute.BRI_MEMBER, null, null, null, mou, 2018));
        assertEquals(0.0, SourceValues.attribute(ProfileAttribute.DSR_MOU, null, null, null, null, 2024));
    }

    @Test
    void categoricalAttributesAreScoredAndUnknownOnesAreMissing() {
        Map<String, Double> scores = Map.of("LOW", 0.0, "MODERATE", 1.0, "HIGH", 2.0);
        assertEquals(2.0, SourceValues.attribute(ProfileAttribute.CHINA_THREAT_PERCEPTION, scores, "HIGH", null, null, 2024));
        assertNull(SourceValues.attribute(ProfileAttribute.CHINA_THREAT_PERCEPTION, scores, null, null, null, 2024));
        assertNull(SourceValues.attribute(ProfileAttribute.PERSONALIST, null, null, null, null, 2024));
        assertEquals(1.0, SourceValues.attribute(ProfileAttribute.PERSONALIST, null, null, true, null, 2024));
    }

    @Test
    void eventsCountOrNetTheirStances() {
        List<String> stances = List.of("TOWARD_CHINA", "AWAY_FROM_CHINA", "AWAY_FROM_CHINA", "NEUTRAL");
        assertEquals(4.0, SourceValues.events(Measure.COUNT, stances));
        assertEquals(-1.0, SourceValues.events(Measure.NET_STANCE, stances));
        assertEquals(LocalDate.of(2015, 1, 1), SourceValues.windowStart(2024, 10));
    }

    @Test
    void perDividesByTheScaledDenominator() {
        // $2 billion of projects in a $400 billion economy, per 100 (a percentage): 0.5 %.
        assertEquals(0.5, SourceValues.per(2e9, 4e11, 100), 1e-12);
        assertNull(SourceValues.per(5, null, 1));
        assertNull(SourceValues.per(5, 0.0, 1));
    }

    @Test
    void theInputsHashIgnoresOrderButNotContent() {
        RunInputs.CountryInfo ken = new RunInputs.CountryInfo("KEN", "Kenya", "002", "Africa", "202", "Sub-Saharan Africa");
        Map<String, Double> a = new LinkedHashMap<>();
        a.put("KEN", 1.5);
        a.put("VNM", 2.0);
        Map<String, Double> b = new TreeMap<>(java.util.Comparator.reverseOrder());
        b.putAll(a);
        Evidence e = new Evidence(2024, null, null, null, null, null, null, null, null);
        String def = "{\"name\":\"x\",\"minCoverage\":0.5}";
        String h1 = Canonical.inputsHash(def, 2024, null, new RunInputs(List.of(ken), Map.of("i", a), Map.of("i", Map.of("KEN", e)), Instant.EPOCH));
        String h2 = Canonical.inputsHash("{\"minCoverage\":0.5,\"name\":\"x\"}", 2024, null,
                new RunInputs(List.of(ken), Map.of("i", b), Map.of("i", Map.of("KEN", e)), Instant.now()));
        assertEquals(h1, h2, "order of keys and the time taken do not matter");
        a.put("VNM", 2.0000000001);
        assertNotEquals(h1, Canonical.inputsHash(def, 2024, null, new RunInputs(List.of(ken), Map.of("i", a), Map.of("i", Map.of("KEN", e)), Instant.EPOCH)));
        assertNotEquals(h1, Canonical.inputsHash(def, 2023, null, new RunInputs(List.of(ken), Map.of("i", b), Map.of("i", Map.of("KEN", e)), Instant.EPOCH)));
    }
}
