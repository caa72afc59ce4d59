package io.influenceatlas.countryprofile.service;

import io.influenceatlas.common.http.Timestamps;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influenceatlas.common.http.ETags;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.problem.JsonErrors;
import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.countryprofile.api.BulkResultView;
import io.influenceatlas.countryprofile.api.ObservationRequest;
import io.influenceatlas.countryprofile.api.ObservationValueRequest;
import io.influenceatlas.countryprofile.api.ObservationView;
import io.influenceatlas.countryprofile.domain.CountryRepository;
import io.influenceatlas.countryprofile.domain.IndicatorRepository;
import io.influenceatlas.countryprofile.domain.Observation;
import io.influenceatlas.countryprofile.domain.ObservationRepository;
import io.influenceatlas.countryprofile.domain.SourceRef;
import io.influenceatlas.countryprofile.importer.ImportFormat;
import io.influenceatlas.countryprofile.importer.ImportRow;
import io.influenceatlas.countryprofile.importer.ObservationCsv;
import io.influenceatlas.countryprofile.importer.ObservationImportCheck;
import io.influenceatlas.countryprofile.mapping.ObservationMapper;
import io.influenceatlas.countryprofile.mapping.SourceMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Observations: queries (series, cross-sections, latest values), single edits and all-or-nothing bulk upserts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObservationService {

    /** Above this, a bad upload's problem lists the first errors only (the detail says how many there were). */
    static final int MAX_REPORTED_ERRORS = 10_000;

    @Inject
    ObservationRepository observations;

    @Inject
    CountryRepository countries;

    @Inject
    IndicatorRepository indicators;

    @Inject
    CountryService countryService;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    MeterRegistry metrics;

    public Page<ObservationView> search(ObservationRepository.Filter filter, PageRequest page) {
        return observations.search(filter, page).map(ObservationMapper::toView);
    }

    /** Every matching observation, ordered by country, indicator and year, for export. */
    public List<ObservationView> export(ObservationRepository.Filter filter) {
        return observations.all(filter).stream().map(ObservationMapper::toView).toList();
    }

    public Page<ObservationView> series(String countryCode, String indicator, PageRequest page) {
        String country = countryService.alpha3(countryCode);
        requireIndicator(indicator);
        return observations.search(new ObservationRepository.Filter(List.of(country), List.of(indicator), null, null, null),
                page).map(ObservationMapper::toView);
    }

    /** Each country's value of one indicator for a year, or its latest in the maxAge years before. */
    public Page<ObservationView> crossSection(String indicator, int year, int maxAge, PageRequest page) {
        requireIndicator(indicator);
        return observations.latest(null, indicator, year, maxAge, page).map(ObservationMapper::toView);
    }

    /** A country's latest value of every indicator, as of a year. */
    public Page<ObservationView> latest(String countryCode, int year, int maxAge, PageRequest page) {
        String country = countryService.alpha3(countryCode);
        return observations.latest(country, null, year, maxAge, page).map(ObservationMapper::toView);
    }

    public ObservationView get(String countryCode, String indicator, int year) {
        return ObservationMapper.toView(require(countryService.alpha3(countryCode), indicator, year));
    }

    /** Result of a single PUT: the stored observation and whether it was created. */
    public record Upsert(ObservationView observation, boolean created) {
    }

    @Transactional
    public Upsert put(String countryCode, String indicator, int year, String ifMatch, ObservationValueRequest request,
                      String editor) {
        String country = countryService.alpha3(countryCode);
        requireIndicator(indicator);
        List<ProblemError> errors = new ArrayList<>();
        Sources.requireLocator(request.source().url(), request.source().title(), "/source", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        var existing = observations.findByKey(country, indicator, year);
        if (existing.isEmpty()) {
            ETags.requireAbsent(ifMatch);
            Observation o = new Observation();
            o.country = country;
            o.indicator = indicator;
            o.year = year;
            set(o, request.value(), SourceMapper.toEntity(request.source()), request.note(), false, editor);
            observations.persist(o);
            observations.flush();
            return new Upsert(ObservationMapper.toView(o), true);
        }
        Observation o = existing.get();
        ETags.requireMatch(ifMatch, ETags.of(o.version, o.updatedAt));
        if (!same(o, request.value(), SourceMapper.toEntity(request.source()), request.note())) {
            set(o, request.value(), SourceMapper.toEntity(request.source()), request.note(), false, editor);
            observations.flush();
        }
        return new Upsert(ObservationMapper.toView(o), false);
    }

    @Transactional
    public void delete(String countryCode, String indicator, int year, String ifMatch) {
        Observation o = require(countryService.alpha3(countryCode), indicator, year);
        ETags.requireMatch(ifMatch, ETags.of(o.version, o.updatedAt));
        observations.delete(o);
    }

    /** Parses a JSON array element by element, so every row's type errors are reported, not just the first. */
    public List<ImportRow> readJsonRows(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw ProblemException.invalidField("", "the body must be a JSON array of observations");
        }
        List<ImportRow> rows = new ArrayList<>();
        List<ProblemError> errors = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (!body.get(i).isObject()) {
                errors.add(ProblemError.row(i, "/" + i, "must be an observation object"));
                continue;
            }
            try {
                rows.add(new ImportRow(i, json.treeToValue(body.get(i), ObservationRequest.class)));
            } catch (JsonMappingException e) {
                errors.add(JsonErrors.toError(e, "/" + i, (long) i));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                errors.add(ProblemError.row(i, "/" + i, e.getOriginalMessage()));
            }
        }
        failOnParseErrors(rows, errors, ImportFormat.JSON);
        return rows;
    }

    public List<ImportRow> readCsvRows(Reader csv) {
        ObservationCsv.Parsed parsed = ObservationCsv.parse(csv);
        failOnParseErrors(parsed.rows(), parsed.errors(), ImportFormat.CSV);
        return parsed.rows();
    }

    /**
     * When some rows could not be parsed, the other checks still run on the rows that could, so the
     * client sees every problem of the upload in one answer.
     */
    private void failOnParseErrors(List<ImportRow> rows, List<ProblemError> parseErrors, ImportFormat format) {
        if (parseErrors.isEmpty()) {
            return;
        }
        List<ProblemError> errors = new ArrayList<>(parseErrors);
        errors.addAll(checker().check(rows, format));
        errors.sort(java.util.Comparator.comparingLong(e -> e.row() == null ? 0 : e.row()));
        throw invalidUpload(errors);
    }

    /**
     * Validates every row, then writes all of them in this one transaction, or none. Rows equal to
     * what is stored are left alone, so re-posting a file changes nothing.
     */
    @Transactional
    public BulkResultView upsert(List<ImportRow> rows, ImportFormat format, boolean dryRun, boolean sample,
                                 String editor) {
        ObservationImportCheck check = checker();
        List<ProblemError> errors = check.check(rows, format);
        if (!errors.isEmpty()) {
            throw invalidUpload(errors);
        }
        Set<String> codes = rows.stream().map(r -> r.request().indicator()).collect(Collectors.toSet());
        Map<ObservationImportCheck.Key, Observation> stored = new HashMap<>();
        if (!codes.isEmpty()) {
            for (Observation o : observations.forIndicators(codes)) {
                stored.put(new ObservationImportCheck.Key(o.country, o.indicator, o.year), o);
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ImportRow r : rows) {
            ObservationRequest req = r.request();
            String country = check.resolveCountry(req.country());
            SourceRef source = SourceMapper.toEntity(req.source());
            Observation o = stored.get(new ObservationImportCheck.Key(country, req.indicator(), req.year()));
            if (o == null) {
                created++;
                if (!dryRun) {
                    o = new Observation();
                    o.country = country;
                    o.indicator = req.indicator();
                    o.year = req.year();
                    set(o, req.value(), source, req.note(), sample, editor);
                    observations.persist(o);
                }
            } else if (same(o, req.value(), source, req.note())) {
                unchanged++;
            } else {
                updated++;
                if (!dryRun) {
                    set(o, req.value(), source, req.note(), sample, editor);
                }
            }
        }
        if (!dryRun) {
            observations.flush();
            metrics.counter("atlas.observations.upserted", "outcome", "created").increment(created);
            metrics.counter("atlas.observations.upserted", "outcome", "updated").increment(updated);
        }
        return new BulkResultView(dryRun, rows.size(), created, updated, unchanged);
    }

    private ObservationImportCheck checker() {
        return new ObservationImportCheck(validator, countries.codeIndex(), indicators.allCodes());
    }

    private static ProblemException invalidUpload(List<ProblemError> errors) {
        long rowsWithErrors = errors.stream().map(ProblemError::row).filter(Objects::nonNull).distinct().count();
        List<ProblemError> reported = errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors;
        String detail = "Nothing was written: " + errors.size() + " problem(s) in " + rowsWithErrors + " row(s)"
                + (reported.size() < errors.size() ? "; the first " + reported.size() + " are listed" : "");
        return new ProblemException(io.influenceatlas.common.problem.ProblemType.VALIDATION_FAILED, detail, reported);
    }

    private static boolean same(Observation o, java.math.BigDecimal value, SourceRef source, String note) {
        return o.value.compareTo(value) == 0 && Objects.equals(o.source, source)
                && Objects.equals(o.note, blankToNull(note));
    }

    private static void set(Observation o, java.math.BigDecimal value, SourceRef source, String note, boolean sample,
                            String editor) {
        o.value = value;
        o.source = source;
        o.note = blankToNull(note);
        o.sample = sample;
        o.updatedAt = Timestamps.now();
        o.updatedBy = editor;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Observation require(String country, String indicator, int year) {
        return observations.findByKey(country, indicator, year).orElseThrow(() -> ProblemException.notFound(
                "No observation of '" + indicator + "' for " + country + " in " + year));
    }

    private void requireIndicator(String code) {
        if (indicators.findByIdOptional(code).isEmpty()) {
            throw ProblemException.notFound("No indicator with code '" + code + "'");
        }
    }
}
