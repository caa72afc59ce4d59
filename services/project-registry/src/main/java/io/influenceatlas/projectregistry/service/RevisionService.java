package io.influenceatlas.projectregistry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.projectregistry.api.FieldChange;
import io.influenceatlas.projectregistry.api.RevisionView;
import io.influenceatlas.projectregistry.domain.Revision;
import io.influenceatlas.projectregistry.domain.RevisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The history of projects and organisations: each saved change keeps who, when, the fields that
 * changed (old and new value) and the whole record as it then was, so a record can be read as of
 * any past instant.
 */
@ApplicationScoped
public class RevisionService {

    /** View members that change with every save and are not content. */
    static final Set<String> META = Set.of("id", "version", "createdAt", "updatedAt", "updatedBy");

    @Inject
    RevisionRepository revisions;

    @Inject
    ObjectMapper json;

    /**
     * Records a change. {@code before} is null for a creation, {@code after} null for a deletion.
     */
    public void record(String type, long id, long version, Instant at, String editor, Object before, Object after) {
        ObjectNode from = before == null ? json.createObjectNode() : json.valueToTree(before);
        ObjectNode to = after == null ? json.createObjectNode() : json.valueToTree(after);
        Revision r = new Revision();
        r.entityType = type;
        r.entityId = id;
        r.version = version;
        r.changedAt = at;
        r.changedBy = editor;
        r.deleted = after == null;
        try {
            r.changes = json.writeValueAsString(diff(from, to));
            r.snapshot = after == null ? null : json.writeValueAsString(to);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        revisions.persist(r);
    }

    public Page<RevisionView> history(String type, long id, PageRequest page) {
        if (!revisions.exists(type, id)) {
            throw ProblemException.notFound("No " + type + " " + id + " has ever existed");
        }
        return revisions.history(type, id, page).map(this::toView);
    }

    /**
     * The record as it was at {@code at}: 404 when it did not exist yet, or had been deleted by then.
     */
    public <T> T asOf(String type, long id, Instant at, Class<T> view) {
        Revision r = revisions.asOf(type, id, at).orElseThrow(() -> ProblemException.notFound(
                "The " + type + " " + id + " did not exist at " + at));
        if (r.deleted) {
            throw ProblemException.notFound("The " + type + " " + id + " had been deleted by " + at + " (at " + r.changedAt + ")");
        }
        try {
            return json.readValue(r.snapshot, view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable snapshot of revision " + r.id, e);
        }
    }

    static List<FieldChange> diff(ObjectNode from, ObjectNode to) {
        Set<String> fields = new LinkedHashSet<>();
        from.fieldNames().forEachRemaining(fields::add);
        to.fieldNames().forEachRemaining(fields::add);
        List<FieldChange> changes = new ArrayList<>();
        for (String f : fields) {
            if (META.contains(f)) {
                continue;
            }
            JsonNode a = from.get(f);
            JsonNode b = to.get(f);
            if (a == null ? b != null : !a.equals(b)) {
                changes.add(new FieldChange(f, a, b));
            }
        }
        return changes;
    }

    private RevisionView toView(Revision r) {
        try {
            List<FieldChange> changes = List.of(json.readValue(r.changes, FieldChange[].class));
            return new RevisionView(r.version, r.changedAt, r.changedBy, r.deleted, changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable revision " + r.id, e);
        }
    }

}
