package io.influenceatlas.projectregistry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import jakarta.transaction.Transactional;
import io.influenceatlas.projectregistry.mapping.FieldDiff;

import java.time.Instant;

import java.util.List;

/**
 * The history of projects and organisations: each saved change keeps who, when, the fields that
 * changed (old and new value) and the whole record as it then was, so a record can be read as of
 * any past instant.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RevisionService {

    @Inject
    RevisionRepository revisions;

    @Inject
    ObjectMapper json;

    /**
     * Records a change. {@code before} is null for a creation, {@code after} null for a deletion.
     */
    @Transactional(Transactional.TxType.MANDATORY)
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
            r.changes = json.writeValueAsString(FieldDiff.changes(from, to));
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
            // Snapshots outlive the view classes: members a later version no longer has are skipped.
            return json.readerFor(view).without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(r.snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable snapshot of revision " + r.id, e);
        }
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
