package io.influenceatlas.countryprofile.importer;

import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.countryprofile.api.ObservationRequest;
import io.influenceatlas.countryprofile.api.ObservationView;
import io.influenceatlas.countryprofile.api.SourceRequest;
import io.influenceatlas.countryprofile.api.SourceView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The observations CSV format (RFC 4180, UTF-8, header row): parsing for bulk upload and writing
 * for export, so that an export can be uploaded again unchanged.
 *
 * <pre>country,indicator,year,value,source_url,source_publisher,source_title,source_date,source_accessed,note</pre>
 */
public final class ObservationCsv {

    public static final List<String> COLUMNS = List.of("country", "indicator", "year", "value", "source_url",
            "source_publisher", "source_title", "source_date", "source_accessed", "note");
    static final Set<String> REQUIRED = Set.of("country", "indicator", "year", "value", "source_publisher");

    /** Rows that parsed (possibly with some unparseable cells) and the errors found while parsing. */
    public record Parsed(List<ImportRow> rows, List<ProblemError> errors) {
    }

    private ObservationCsv() {
    }

    public static Parsed parse(Reader reader) {
        List<ImportRow> rows = new ArrayList<>();
        List<ProblemError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                // Blank lines are kept as (skipped) records so that row numbers stay those a spreadsheet shows.
                .setIgnoreEmptyLines(false)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(false)
                .get();
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(skipBom(reader)).setFormat(format).get();
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            errors.add(ProblemError.row(1, null, "invalid header row: " + message(e)));
            return new Parsed(rows, errors);
        }
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) {
            errors.add(ProblemError.row(1, null, "the file is empty; expected a header row: " + String.join(",", COLUMNS)));
            return new Parsed(rows, errors);
        }
        Set<String> present = new HashSet<>(header);
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                errors.add(ProblemError.row(1, column, "unknown column; expected columns: " + String.join(",", COLUMNS)));
            }
        }
        for (String column : COLUMNS) {
            if (REQUIRED.contains(column) && !present.contains(column)) {
                errors.add(ProblemError.row(1, column, "required column is missing"));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(rows, errors);
        }
        try {
            for (CSVRecord record : parser) {
                // Header is row 1, so the first data record is row 2, as a spreadsheet shows it.
                long row = record.getRecordNumber() + 1;
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (!record.isConsistent()) {
                    errors.add(ProblemError.row(row, null,
                            "has " + record.size() + " fields but the header has " + header.size()));
                    continue;
                }
                rows.add(toRow(row, record.toMap(), errors));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            errors.add(ProblemError.row(parser.getRecordNumber() + 2, null, "malformed CSV: " + message(e)));
        }
        return new Parsed(rows, errors);
    }

    private static ImportRow toRow(long row, Map<String, String> cells, List<ProblemError> errors) {
        Set<String> unparsed = new LinkedHashSet<>();
        Integer year = null;
        String rawYear = cell(cells, "year");
        if (rawYear != null) {
            try {
                year = Integer.valueOf(rawYear);
            } catch (NumberFormatException e) {
                errors.add(ProblemError.row(row, "year", "must be an integer, got '" + rawYear + "'"));
                unparsed.add("/year");
            }
        }
        BigDecimal value = null;
        String rawValue = cell(cells, "value");
        if (rawValue != null) {
            try {
                value = new BigDecimal(rawValue);
            } catch (NumberFormatException e) {
                errors.add(ProblemError.row(row, "value", "must be a decimal number like 12.5, got '" + rawValue + "'"));
                unparsed.add("/value");
            }
        }
        LocalDate published = date(row, cells, "source_date", "/source/published", errors, unparsed);
        LocalDate accessed = date(row, cells, "source_accessed", "/source/accessed", errors, unparsed);
        SourceRequest source = new SourceRequest(cell(cells, "source_url"), cell(cells, "source_publisher"),
                cell(cells, "source_title"), published, accessed);
        ObservationRequest request = new ObservationRequest(cell(cells, "country"), cell(cells, "indicator"), year, value,
                source, cell(cells, "note"));
        return new ImportRow(row, request, unparsed);
    }

    private static LocalDate date(long row, Map<String, String> cells, String column, String pointer,
                                  List<ProblemError> errors, Set<String> unparsed) {
        String raw = cell(cells, column);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            errors.add(ProblemError.row(row, column, "must be a date YYYY-MM-DD, got '" + raw + "'"));
            unparsed.add(pointer);
            return null;
        }
    }

    private static String cell(Map<String, String> cells, String column) {
        String v = cells.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** Writes observations in the upload format. */
    public static void write(Iterable<ObservationView> observations, Appendable out) {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (ObservationView o : observations) {
                SourceView s = o.source() == null ? new SourceView(null, null, null, null, null) : o.source();
                printer.printRecord(o.country(), o.indicator(), o.year(), o.value().toPlainString(), s.url(),
                        s.publisher(), s.title(), s.published(), s.accessed(), o.note());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static String message(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e.getClass().getSimpleName() : t.getMessage();
    }
}
