package io.influenceatlas.countryprofile.importer;

import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.countryprofile.api.ObservationRequest;
import io.influenceatlas.countryprofile.api.SourceRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObservationImportCheckTest {

    static final ObservationImportCheck CHECK = new ObservationImportCheck(validator(),
            Map.of("VN", "VNM", "VNM", "VNM", "SG", "SGP", "SGP", "SGP"), Set.of("gdp"));

    /** Plain Bean Validation, as the check runs outside any framework. */
    static Validator validator() {
        return Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }

    static ImportRow row(long n, String country, String indicator, Integer year, String value, SourceRequest source) {
        return new ImportRow(n, new ObservationRequest(country, indicator, year, value == null ? null : new BigDecimal(value),
                source, null));
    }

    static final SourceRequest SOURCE = new SourceRequest("https://a.org", "Pub", null, null, null);

    @Test
    void cleanRowsPass() {
        assertTrue(CHECK.check(List.of(row(2, "vn", "gdp", 2020, "1", SOURCE), row(3, "SGP", "gdp", 2020, "1", SOURCE)),
                ImportFormat.CSV).isEmpty());
        assertEquals("VNM", CHECK.resolveCountry("vn"));
    }

    @Test
    void alpha2AndAlpha3OfTheSameCountryAreTheSameKey() {
        List<ProblemError> errors = CHECK.check(List.of(row(2, "VN", "gdp", 2020, "1", SOURCE),
                row(3, "VNM", "gdp", 2020, "2", SOURCE)), ImportFormat.CSV);
        assertEquals(1, errors.size());
        assertEquals(3L, errors.get(0).row());
        assertTrue(errors.get(0).message().contains("duplicate of row 2"));
    }

    @Test
    void namesCsvColumnsOrJsonPointers() {
        ImportRow bad = row(4, "XX", "nope", 1800, null, new SourceRequest(null, " ", null, null, null));
        List<String> csv = CHECK.check(List.of(bad), ImportFormat.CSV).stream().map(ProblemError::field).toList();
        assertEquals(List.of("country", "indicator", "source_publisher", "source_url", "value", "year"), csv);
        List<String> json = CHECK.check(List.of(bad), ImportFormat.JSON).stream().map(ProblemError::field).toList();
        assertEquals(List.of("/4/country", "/4/indicator", "/4/source/publisher", "/4/source/url", "/4/value", "/4/year"), json);
    }

    @Test
    void unparsedCellsAreNotReportedTwice() {
        ImportRow r = new ImportRow(2, new ObservationRequest("VNM", "gdp", null, BigDecimal.ONE, SOURCE, null), Set.of("/year"));
        assertTrue(CHECK.check(List.of(r), ImportFormat.CSV).isEmpty());
    }
}
