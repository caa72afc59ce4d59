package io.influenceatlas.projectregistry.service;

import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.common.problem.ProblemType;
import io.influenceatlas.common.problem.Violations;
import io.influenceatlas.projectregistry.api.ImportResultView;
import io.influenceatlas.projectregistry.api.ProjectRequest;
import io.influenceatlas.projectregistry.config.AtlasConfig;
import io.influenceatlas.projectregistry.domain.Organisation;
import io.influenceatlas.projectregistry.domain.Project;
import io.influenceatlas.projectregistry.domain.ProjectRepository;
import io.influenceatlas.projectregistry.importer.ControlCharacters;
import io.influenceatlas.projectregistry.importer.ImportFormat;
import io.influenceatlas.projectregistry.importer.ImportRow;
import io.influenceatlas.projectregistry.importer.ProjectRules;
import io.influenceatlas.projectregistry.importer.References;
import io.influenceatlas.projectregistry.importer.RowReader;
import io.influenceatlas.projectregistry.mapping.ProjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bulk import of projects, upserted by external id, all or nothing. Rows are read from the stream
 * one at a time and written in chunks inside one transaction, the persistence context being
 * cleared after each chunk, so memory stays flat however long the file. Once a row is bad, writing
 * stops but checking goes on to the end, so one answer lists every bad row; the transaction is
 * then rolled back. A dry run checks and counts without writing.
 */
@ApplicationScoped
public class ImportService {

    @Inject
    ProjectService projects;

    @Inject
    ProjectRepository repository;

    @Inject
    ReferenceData reference;

    @Inject
    AtlasConfig config;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    MeterRegistry metrics;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** An import in a transaction of its own (a large file may take minutes: up to an hour). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 3600)
    public ImportResultView importProjects(RowReader reader, boolean dryRun, String editor) {
        return run(reader, dryRun, false, editor);
    }

    /** An import inside the caller's transaction (the sample loader's), marking the projects as sample data. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportResultView importSample(RowReader reader, String editor) {
        return run(reader, false, true, editor);
    }

    private ImportResultView run(RowReader reader, boolean dryRun, boolean sample, String editor) {
        Run run = new Run(reader.format(), dryRun, sample, editor);
        while (reader.hasNext()) {
            ImportRow row = reader.next();
            if (++run.rows > config.importing().maxRows()) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "An import may have at most "
                        + config.importing().maxRows() + " rows; split the file", List.of());
            }
            run.accept(row);
            if (run.chunk.size() >= config.importing().chunkSize()) {
                run.flush();
            }
        }
        List<ProblemError> fileErrors = reader.fileErrors();
        if (fileErrors.isEmpty() && run.errorCount == 0) {
            run.flush();
        }
        long total = run.errorCount + fileErrors.size();
        if (total > 0) {
            List<ProblemError> all = new ArrayList<>(fileErrors);
            all.addAll(run.errors);
            int max = config.importing().maxReportedErrors();
            List<ProblemError> listed = all.size() > max ? all.subList(0, max) : all;
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The import was refused and nothing was written: "
                    + total + " error(s)" + (listed.size() < total ? ", the first " + listed.size() + " listed" : ""),
                    List.copyOf(listed));
        }
        metrics.counter("atlas.import.rows", "format", reader.format().name(), "dryRun", Boolean.toString(dryRun))
                .increment(run.rows);
        return new ImportResultView(reader.format().name(), dryRun, run.rows, run.created, run.updated, run.unchanged);
    }

    /** The CSV cell an error is about: its column, and the item of a list cell ("item 2: …"). */
    static String cell(ProblemError e) {
        String m = e.message();
        int colon = m == null ? -1 : m.indexOf(':');
        return m != null && m.startsWith("item ") && colon > 5 ? e.field() + "#" + m.substring(5, colon) : e.field();
    }

    /** A JSON error inside a member the reader could not read (and took out), e.g. /3/value/amount of /3/value. */
    static boolean insideUnread(Set<String> unparsed, ProblemError e) {
        return e.field() != null && unparsed.stream().anyMatch(u -> u != null && e.field().startsWith(u + "/"));
    }

    /** The state of one import. */
    private final class Run {
        final ImportFormat format;
        final boolean dryRun;
        final boolean sample;
        final String editor;
        final References refs = reference.references();
        final Map<String, Long> externalIds = new HashMap<>();
        final Map<Long, Organisation> organisations = new HashMap<>();
        final LinkedHashMap<String, ProjectRequest> chunk = new LinkedHashMap<>();
        final List<ProblemError> errors = new ArrayList<>();
        long errorCount;
        long rows;
        long created;
        long updated;
        long unchanged;

        Run(ImportFormat format, boolean dryRun, boolean sample, String editor) {
            this.format = format;
            this.dryRun = dryRun;
            this.sample = sample;
            this.editor = editor;
        }

        void accept(ImportRow row) {
            List<ProblemError> rowErrors = new ArrayList<>(row.errors());
            ProjectRequest r = row.request();
            if (r != null) {
                Set<String> unparsed = new HashSet<>();
                row.errors().forEach(e -> unparsed.add(cell(e)));
                List<ProblemError> found = new ArrayList<>(Violations.check(validator, r, "", null));
                found.addAll(ProjectRules.check(r, refs, "", null));
                ControlCharacters.find(json.valueToTree(r)).forEach(f -> found.add(ProblemError.field(f, ControlCharacters.MESSAGE)));
                if (r.externalId() == null || r.externalId().isBlank()) {
                    found.add(ProblemError.field("/externalId", "is required in an import: rows are upserted by it"));
                } else {
                    Long first = externalIds.putIfAbsent(r.externalId().trim(), row.row());
                    if (first != null) {
                        found.add(ProblemError.field("/externalId", "repeats the external id of row " + first));
                    }
                }
                for (ProblemError e : found) {
                    ProblemError named = format.error(row.row(), e.field(), e.message());
                    // A member, CSV cell or list item that could not be read is reported once, by the reader.
                    if (!(unparsed.contains(named.field()) || unparsed.contains(cell(named)) || insideUnread(unparsed, named))) {
                        rowErrors.add(named);
                    }
                }
            }
            if (!rowErrors.isEmpty()) {
                errorCount += rowErrors.size();
                if (errors.size() < config.importing().maxReportedErrors()) {
                    errors.addAll(rowErrors);
                }
                chunk.clear();
                return;
            }
            if (errorCount == 0) {
                chunk.put(r.externalId().trim(), projects.canonical(r, refs));
            }
        }

        /** Writes (or, in a dry run, classifies) the rows read since the last flush. */
        void flush() {
            if (errorCount > 0 || chunk.isEmpty()) {
                chunk.clear();
                return;
            }
            Map<String, Project> existing = repository.findByExternalIds(chunk.keySet());
            for (var e : chunk.entrySet()) {
                Project p = existing.get(e.getKey());
                ProjectRequest current = p == null ? null : ProjectMapper.toRequest(p, json);
                switch (projects.save(p == null ? new Project() : p, current, e.getValue(), editor, sample, dryRun, organisations)) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            chunk.clear();
            if (!dryRun) {
                em.flush();
            }
            em.clear();
        }
    }
}
