package io.influenceatlas.projectregistry.service;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influenceatlas.projectregistry.api.ProjectView;
import io.influenceatlas.projectregistry.domain.ProjectFilter;
import io.influenceatlas.projectregistry.domain.ProjectRepository;
import io.influenceatlas.projectregistry.importer.ProjectCsv;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Streams every project matching a filter as CSV (the import format), a JSON array of projects, or
 * a GeoJSON FeatureCollection. Projects are read in id order, a slice at a time, each slice in its
 * own short read transaction, so an export of any size holds one slice in memory.
 */
@ApplicationScoped
public class ExportService {

    public enum Format { CSV, JSON, GEOJSON }

    static final int SLICE = 500;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectService service;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public void export(ProjectFilter filter, Format format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = ProjectCsv.printer(writer);
                each(filter, p -> ProjectCsv.print(printer, p, json));
                printer.flush();
            }
            case JSON -> {
                JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8);
                g.writeStartArray();
                each(filter, p -> json.writeValue(g, p));
                g.writeEndArray();
                g.flush();
            }
            case GEOJSON -> {
                JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8);
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                g.writeArrayFieldStart("features");
                each(filter, p -> json.writeTree(g, feature(p)));
                g.writeEndArray();
                g.writeEndObject();
                g.flush();
            }
        }
    }

    /** A project as an RFC 7946 Feature: its geometry (null when it has none) and the rest as properties. */
    ObjectNode feature(ProjectView p) {
        ObjectNode f = json.createObjectNode();
        f.put("type", "Feature");
        f.put("id", p.id());
        f.set("geometry", p.geometry() == null ? json.nullNode() : p.geometry());
        ObjectNode properties = json.valueToTree(p);
        properties.remove("geometry");
        f.set("properties", properties);
        return f;
    }

    private interface Writes {
        void write(ProjectView p) throws IOException;
    }

    private record Slice(List<ProjectView> views, List<Long> ids) {
    }

    private void each(ProjectFilter filter, Writes writes) throws IOException {
        long after = 0;
        while (true) {
            final long from = after;
            Slice slice = QuarkusTransaction.requiringNew().call(() -> {
                List<Long> ids = projects.idsAfter(filter, from, SLICE);
                List<ProjectView> views = service.views(projects.load(ids));
                em.clear();
                return new Slice(views, ids);
            });
            for (ProjectView p : slice.views()) {
                writes.write(p);
            }
            if (slice.ids().size() < SLICE) {
                return;
            }
            after = slice.ids().get(slice.ids().size() - 1);
        }
    }
}
