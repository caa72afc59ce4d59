package io.influenceatlas.countryprofile.importer;

import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.countryprofile.api.ObservationRequest;
import io.influenceatlas.countryprofile.api.SourceRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Validates every row of a bulk upload before anything is written: field rules, the source rule
 * (a publisher and a URL or title), known country and indicator codes, and one row per
 * (country, indicator, year). Reports every offending row; plain Java, no framework.
 */
public final class ObservationImportCheck {

    /** Country and indicator resolved for a row that passed. */
    public record Key(String country, String indicator, int year) {
    }

    private final Validator validator;
    private final Map<String, String> countryIndex;
    private final Set<String> indicators;

    /**
     * @param countryIndex upper-case alpha-2 and alpha-3 codes → alpha-3
     * @param indicators   known indicator codes
     */
    public ObservationImportCheck(Validator validator, Map<String, String> countryIndex, Set<String> indicators) {
        this.validator = validator;
        this.countryIndex = countryIndex;
        this.indicators = indicators;
    }

    public List<ProblemError> check(List<ImportRow> rows, ImportFormat format) {
        List<ProblemError> errors = new ArrayList<>();
        Map<Key, Long> seen = new HashMap<>();
        for (ImportRow r : rows) {
            ObservationRequest o = r.request();
            List<ProblemError> rowErrors = new ArrayList<>();
            for (ConstraintViolation<ObservationRequest> v : validator.validate(o)) {
                String pointer = pointer(v.getPropertyPath());
                if (!r.unparsed().contains(pointer)) {
                    rowErrors.add(ProblemError.row(r.row(), format.field(r.row(), pointer), v.getMessage()));
                }
            }
            if (o.source() != null && !SourceRules.hasLocator(o.source().url(), o.source().title())) {
                rowErrors.add(ProblemError.row(r.row(), format.field(r.row(), "/source/url"), SourceRules.LOCATOR_MESSAGE));
            }
            String country = o.country() == null ? null : countryIndex.get(o.country().trim().toUpperCase(Locale.ROOT));
            if (o.country() != null && country == null) {
                rowErrors.add(ProblemError.row(r.row(), format.field(r.row(), "/country"),
                        "unknown country code '" + o.country() + "' (use ISO 3166-1 alpha-2 or alpha-3)"));
            }
            if (o.indicator() != null && !indicators.contains(o.indicator())) {
                rowErrors.add(ProblemError.row(r.row(), format.field(r.row(), "/indicator"),
                        "unknown indicator code '" + o.indicator() + "'; create it in the catalogue first"));
            }
            if (country != null && o.indicator() != null && o.year() != null) {
                Long first = seen.putIfAbsent(new Key(country, o.indicator(), o.year()), r.row());
                if (first != null) {
                    rowErrors.add(ProblemError.row(r.row(), null, "duplicate of row " + first
                            + " (same country, indicator and year)"));
                }
            }
            rowErrors.sort(Comparator.comparing(e -> e.field() == null ? "" : e.field()));
            errors.addAll(rowErrors);
        }
        return errors;
    }

    /** The alpha-3 code a row's country resolves to (call only after a clean check). */
    public String resolveCountry(String code) {
        return countryIndex.get(code.trim().toUpperCase(Locale.ROOT));
    }

    private static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        path.forEach(n -> sb.append('/').append(n.getName()));
        return sb.toString();
    }
}
