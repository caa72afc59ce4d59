package io.influenceatlas.projectregistry.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.projectregistry.api.LockIn;
import io.influenceatlas.projectregistry.api.OrganisationLinkRequest;
import io.influenceatlas.projectregistry.api.ProjectCountryRequest;
import io.influenceatlas.projectregistry.api.ProjectRequest;
import io.influenceatlas.projectregistry.api.ProjectValue;
import io.influenceatlas.projectregistry.api.ProjectView;
import io.influenceatlas.projectregistry.api.Source;
import io.influenceatlas.projectregistry.api.StatusChange;
import io.influenceatlas.projectregistry.domain.Category;
import io.influenceatlas.projectregistry.domain.CountryRole;
import io.influenceatlas.projectregistry.domain.DataAccess;
import io.influenceatlas.projectregistry.domain.LayerCriticality;
import io.influenceatlas.projectregistry.domain.Openness;
import io.influenceatlas.projectregistry.domain.OrganisationRole;
import io.influenceatlas.projectregistry.domain.ProjectStatus;
import io.influenceatlas.projectregistry.domain.PublicationState;
import io.influenceatlas.projectregistry.domain.QualityGrade;
import io.influenceatlas.projectregistry.domain.SupplierRole;
import io.influenceatlas.projectregistry.domain.SwitchingCost;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The project CSV: one row per project, RFC 4180, UTF-8, a header row naming the columns (any order;
 * only the required ones must be present). Multi-valued cells are {@link PipeList}s:
 * countries {@code PAK:LANDING|KEN:LANDING}, status_history {@code ANNOUNCED:2018|OPERATIONAL:2022-04}
 * (an optional third part is a note), organisations {@code SUPPLIER:Huawei Marine|FINANCIER:12}
 * (digits are an id, anything else an exact name or alias), and the source_* columns are parallel
 * lists, one item per source. geometry is a GeoJSON geometry as JSON text.
 */
public final class ProjectCsv {

    public static final List<String> COLUMNS = List.of("external_id", "title", "description", "category", "state",
            "countries", "status_history", "announced_on", "agreed_on", "started_on", "completed_on",
            "value_amount", "value_currency", "value_usd", "layer_criticality", "switching_cost", "standard",
            "supplier_role", "data_access", "lock_in_note", "organisations", "tags", "quality_grade",
            "source_urls", "source_publishers", "source_titles", "source_published", "source_accessed", "source_notes",
            "geometry");
    public static final Set<String> REQUIRED = Set.of("external_id", "title", "category", "countries", "status_history");

    private static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("externalId", "external_id"), Map.entry("statusHistory", "status_history"),
            Map.entry("announcedOn", "announced_on"), Map.entry("agreedOn", "agreed_on"),
            Map.entry("startedOn", "started_on"), Map.entry("completedOn", "completed_on"),
            Map.entry("qualityGrade", "quality_grade"), Map.entry("value/amount", "value_amount"),
            Map.entry("value/currency", "value_currency"), Map.entry("value/usd", "value_usd"),
            Map.entry("value", "value_amount"), Map.entry("lockIn/layerCriticality", "layer_criticality"),
            Map.entry("lockIn/switchingCost", "switching_cost"), Map.entry("lockIn/standard", "standard"),
            Map.entry("lockIn/supplierRole", "supplier_role"), Map.entry("lockIn/dataAccess", "data_access"),
            Map.entry("lockIn/note", "lock_in_note"), Map.entry("sources/url", "source_urls"),
            Map.entry("sources/publisher", "source_publishers"), Map.entry("sources/title", "source_titles"),
            Map.entry("sources/publishedOn", "source_published"), Map.entry("sources/accessedOn", "source_accessed"),
            Map.entry("sources/note", "source_notes"), Map.entry("sources", "source_urls"));

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            // Blank lines stay (skipped) records, so row numbers are those a spreadsheet shows.
            .setIgnoreEmptyLines(false)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false)
            .get();

    private ProjectCsv() {
    }

    /** A CSV column, and the 1-based item of a multi-valued cell when the error concerns one item. */
    public record Column(String name, Integer item) {
    }

    /** The column holding the field at a JSON pointer of the request (e.g. /sources/1/url → source_urls, item 2). */
    public static Column column(String pointer) {
        String[] parts = pointer.startsWith("/") ? pointer.substring(1).split("/") : pointer.split("/");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return new Column(null, null);
        }
        Integer item = parts.length > 1 && parts[1].matches("\\d+") ? Integer.parseInt(parts[1]) + 1 : null;
        String key = parts[0];
        if (parts[0].equals("geometry")) {
            return new Column("geometry", null);
        }
        if (parts.length > 1 && item == null) {
            key = parts[0] + "/" + parts[1];
        } else if (parts.length > 2) {
            key = parts[0] + "/" + parts[2];
        }
        String column = FIELD_COLUMNS.get(key);
        if (column == null) {
            column = FIELD_COLUMNS.getOrDefault(parts[0], parts[0]);
        }
        return new Column(column, item);
    }

    /** Reads rows lazily from a CSV stream (a leading byte-order mark, as Excel writes, is skipped). */
    public static RowReader reader(Reader reader, ObjectMapper json) {
        return new CsvRows(reader, json);
    }

    private static Reader skipBom(Reader reader) throws IOException {
        java.io.PushbackReader in = new java.io.PushbackReader(reader, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    private static final class CsvRows implements RowReader {

        private final ObjectMapper json;
        private final List<ProblemError> fileErrors = new ArrayList<>();
        private Iterator<CSVRecord> records;
        private CSVParser parser;
        private ImportRow next;

        CsvRows(Reader reader, ObjectMapper json) {
            this.json = json;
            try {
                parser = CSVParser.builder().setReader(skipBom(reader)).setFormat(FORMAT).get();
            } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
                fileErrors.add(ProblemError.row(1, null, "invalid header row: " + message(e)));
                return;
            }
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                fileErrors.add(ProblemError.row(1, null, "the file is empty; expected a header row with at least "
                        + String.join(",", REQUIRED.stream().sorted().toList())));
                return;
            }
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    fileErrors.add(ProblemError.row(1, column, "unknown column; the columns are " + String.join(",", COLUMNS)));
                }
            }
            for (String column : COLUMNS) {
                if (REQUIRED.contains(column) && !header.contains(column)) {
                    fileErrors.add(ProblemError.row(1, column, "required column is missing"));
                }
            }
            if (fileErrors.isEmpty()) {
                records = parser.iterator();
            }
        }

        @Override
        public ImportFormat format() {
            return ImportFormat.CSV;
        }

        @Override
        public List<ProblemError> fileErrors() {
            return fileErrors;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (records == null) {
                return false;
            }
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    long row = record.getRecordNumber() + 1;
                    if (record.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (!record.isConsistent()) {
                        next = new ImportRow(row, null, List.of(ProblemError.row(row, null,
                                "has " + record.size() + " fields but the header has " + parser.getHeaderNames().size())));
                    } else {
                        next = toRow(row, record, json);
                    }
                    return true;
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                long row = parser.getRecordNumber() + 2;
                next = new ImportRow(row, null, List.of(ProblemError.row(row, null, "malformed CSV: " + message(e))));
                records = null;
                return true;
            }
            return false;
        }

        @Override
        public ImportRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ImportRow row = next;
            next = null;
            return row;
        }
    }

    private static ImportRow toRow(long row, CSVRecord record, ObjectMapper json) {
        Cells c = new Cells(row, record);
        List<ProjectCountryRequest> countries = new ArrayList<>();
        List<String> countryItems = c.list("countries");
        for (int i = 0; i < countryItems.size(); i++) {
            String[] parts = countryItems.get(i).split(":", 2);
            if (parts.length != 2) {
                c.error("countries", i, "must be CODE:ROLE, for example PAK:HOST");
                continue;
            }
            countries.add(new ProjectCountryRequest(parts[0].trim(), c.enumValue("countries", i, parts[1].trim(), CountryRole.class)));
        }
        List<StatusChange> history = new ArrayList<>();
        List<String> statusItems = c.list("status_history");
        for (int i = 0; i < statusItems.size(); i++) {
            String[] parts = statusItems.get(i).split(":", 3);
            if (parts.length < 2) {
                c.error("status_history", i, "must be STATUS:DATE or STATUS:DATE:note, for example OPERATIONAL:2022-04");
                continue;
            }
            history.add(new StatusChange(c.enumValue("status_history", i, parts[0].trim(), ProjectStatus.class), parts[1].trim(),
                    parts.length == 3 && !parts[2].isBlank() ? parts[2].trim() : null));
        }
        List<OrganisationLinkRequest> organisations = new ArrayList<>();
        List<String> orgItems = c.list("organisations");
        for (int i = 0; i < orgItems.size(); i++) {
            String[] parts = orgItems.get(i).split(":", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                c.error("organisations", i, "must be ROLE:organisation (id or exact name), for example SUPPLIER:Huawei Marine");
                continue;
            }
            OrganisationRole role = c.enumValue("organisations", i, parts[0].trim(), OrganisationRole.class);
            String ref = parts[1].trim();
            organisations.add(ref.matches("\\d{1,18}") ? new OrganisationLinkRequest(Long.valueOf(ref), null, role)
                    : new OrganisationLinkRequest(null, ref, role));
        }
        ProjectValue value = null;
        BigDecimal amount = c.decimal("value_amount");
        String currency = c.get("value_currency");
        BigDecimal usd = c.decimal("value_usd");
        if (amount != null || currency != null || usd != null) {
            if (amount == null && !c.hasError("value_amount")) {
                c.error("value_amount", null, "is required when value_currency or value_usd is given");
            }
            if (currency == null) {
                c.error("value_currency", null, "is required when value_amount or value_usd is given");
            }
            value = new ProjectValue(amount, currency, usd);
        }
        LockIn lockIn = new LockIn(c.enumValue("layer_criticality", LayerCriticality.class),
                c.enumValue("switching_cost", SwitchingCost.class), c.enumValue("standard", Openness.class),
                c.enumValue("supplier_role", SupplierRole.class), c.enumValue("data_access", DataAccess.class),
                c.get("lock_in_note"));
        JsonNode geometry = null;
        String geo = c.get("geometry");
        if (geo != null) {
            try {
                geometry = json.readTree(geo);
            } catch (JsonProcessingException e) {
                c.error("geometry", null, "is not JSON: " + e.getOriginalMessage());
            }
        }
        ProjectRequest request = new ProjectRequest(c.get("external_id"), c.get("title"), c.get("description"),
                c.enumValue("category", Category.class), c.enumValue("state", PublicationState.class), countries, history,
                c.get("announced_on"), c.get("agreed_on"), c.get("started_on"), c.get("completed_on"), value,
                LockIn.uncoded(lockIn) ? null : lockIn, organisations, c.list("tags"),
                c.enumValue("quality_grade", QualityGrade.class), sources(c), geometry);
        return new ImportRow(row, request, c.errors);
    }

    private static List<Source> sources(Cells c) {
        List<String> urls = c.list("source_urls");
        List<String> publishers = c.list("source_publishers");
        List<String> titles = c.list("source_titles");
        List<String> published = c.list("source_published");
        List<String> accessed = c.list("source_accessed");
        List<String> notes = c.list("source_notes");
        int n = Math.max(urls.size(), publishers.size());
        for (var column : List.of(Map.entry("source_urls", urls), Map.entry("source_publishers", publishers),
                Map.entry("source_titles", titles), Map.entry("source_published", published),
                Map.entry("source_accessed", accessed), Map.entry("source_notes", notes))) {
            if (!column.getValue().isEmpty() && column.getValue().size() != n) {
                c.error(column.getKey(), null, "has " + column.getValue().size() + " items but there are " + n
                        + " sources; the source_* columns are parallel lists (leave an item empty when unknown)");
                return List.of();
            }
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate accessedOn = null;
            String a = item(accessed, i);
            if (a != null) {
                try {
                    accessedOn = LocalDate.parse(a);
                } catch (DateTimeParseException e) {
                    c.error("source_accessed", i, "must be a date YYYY-MM-DD");
                }
            }
            sources.add(new Source(item(urls, i), item(publishers, i), item(titles, i), item(published, i), accessedOn,
                    item(notes, i)));
        }
        return sources;
    }

    private static String item(List<String> items, int i) {
        return i < items.size() && !items.get(i).isEmpty() ? items.get(i) : null;
    }

    /** The cells of one record, collecting parse errors by column. */
    private static final class Cells {
        final long row;
        final CSVRecord record;
        final List<ProblemError> errors = new ArrayList<>();
        final Set<String> bad = new HashSet<>();

        Cells(long row, CSVRecord record) {
            this.row = row;
            this.record = record;
        }

        String get(String column) {
            if (!record.isMapped(column)) {
                return null;
            }
            String v = record.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }

        List<String> list(String column) {
            return PipeList.split(get(column));
        }

        BigDecimal decimal(String column) {
            String v = get(column);
            if (v == null) {
                return null;
            }
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                error(column, null, "must be a decimal number such as 1250000.50");
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            return enumValue(column, null, get(column), type);
        }

        <E extends Enum<E>> E enumValue(String column, Integer item, String raw, Class<E> type) {
            if (raw == null || raw.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, raw);
            } catch (IllegalArgumentException e) {
                error(column, item, "'" + raw + "' is not one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        void error(String column, Integer item, String message) {
            bad.add(column);
            errors.add(ProblemError.row(row, column, item == null ? message : "item " + (item + 1) + ": " + message));
        }

        boolean hasError(String column) {
            return bad.contains(column);
        }
    }

    /** Writes projects in the import format, so an export can be edited and imported again. */
    public static CSVPrinter printer(Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(COLUMNS);
        return printer;
    }

    public static void print(CSVPrinter printer, ProjectView p, ObjectMapper json) throws IOException {
        List<String> countries = p.countries().stream().map(c -> c.country() + ":" + c.role()).toList();
        List<String> history = p.statusHistory().stream()
                .map(s -> s.status() + ":" + s.date() + (s.note() == null ? "" : ":" + s.note())).toList();
        List<String> organisations = p.organisations().stream().map(o -> o.role() + ":" + o.name()).toList();
        List<Source> sources = p.sources();
        LockIn l = p.lockIn();
        printer.printRecord(p.externalId(), p.title(), p.description(), p.category(), p.state(),
                PipeList.join(countries), PipeList.join(history), p.announcedOn(), p.agreedOn(), p.startedOn(),
                p.completedOn(), p.value() == null ? null : p.value().amount().toPlainString(),
                p.value() == null ? null : p.value().currency(),
                p.value() == null || p.value().usd() == null ? null : p.value().usd().toPlainString(),
                l == null ? null : l.layerCriticality(), l == null ? null : l.switchingCost(),
                l == null ? null : l.standard(), l == null ? null : l.supplierRole(), l == null ? null : l.dataAccess(),
                l == null ? null : l.note(), PipeList.join(organisations), PipeList.join(p.tags()),
                p.qualityGrade(), join(sources, Source::url), join(sources, Source::publisher),
                join(sources, Source::title), join(sources, Source::publishedOn),
                join(sources, s -> s.accessedOn() == null ? null : s.accessedOn().toString()), join(sources, Source::note),
                p.geometry() == null ? null : json.writeValueAsString(p.geometry()));
    }

    private static String join(List<Source> sources, java.util.function.Function<Source, String> part) {
        if (sources.stream().map(part).allMatch(java.util.Objects::isNull)) {
            return "";
        }
        return PipeList.join(sources.stream().map(part).map(v -> v == null ? "" : v).toList());
    }

    private static String message(Exception e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
