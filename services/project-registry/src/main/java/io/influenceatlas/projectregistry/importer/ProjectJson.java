package io.influenceatlas.projectregistry.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influenceatlas.common.problem.JsonErrors;
import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.projectregistry.api.ProjectRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads a JSON array of projects element by element from a stream: one element is parsed into a
 * tree at a time, so memory does not grow with the length of the array. A syntax error anywhere
 * ends the import with 400 naming the line and column.
 */
public final class ProjectJson implements RowReader {

    private static final int MAX_MEMBER_ERRORS = 50;
    private final ObjectMapper json;
    // One element at a time: the rest of the array is not "trailing" content.
    private final ObjectReader trees;
    private final JsonParser parser;
    private long index;
    private ImportRow next;
    private boolean done;

    private ProjectJson(InputStream in, ObjectMapper json) {
        this.json = json;
        this.trees = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            parser = json.createParser(in);
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw ProblemException.invalidField("", "the body must be a JSON array of projects");
            }
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    public static RowReader reader(InputStream in, ObjectMapper json) {
        return new ProjectJson(in, json);
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.JSON;
    }

    @Override
    public List<ProblemError> fileErrors() {
        return List.of();
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (done) {
            return false;
        }
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                done = true;
                if (token == JsonToken.END_ARRAY && parser.nextToken() != null) {
                    throw ProblemException.malformed("Unexpected content after the JSON array at line "
                            + parser.currentLocation().getLineNr());
                }
                return false;
            }
            long i = index++;
            JsonNode node = trees.readValue(parser);
            if (node == null || !node.isObject()) {
                next = new ImportRow(i, null, List.of(ProblemError.row(i, "/" + i, "must be a project object")));
                return true;
            }
            next = convert(i, (ObjectNode) node);
            return true;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one element into a request. A member of the wrong type (or unknown) is reported and
     * taken out, and the rest is read again, so one row's every such member is reported at once and
     * the row's other members are still checked.
     */
    private ImportRow convert(long i, ObjectNode element) throws JsonProcessingException {
        List<ProblemError> errors = new ArrayList<>();
        for (int attempt = 0; attempt < MAX_MEMBER_ERRORS; attempt++) {
            try {
                return new ImportRow(i, json.treeToValue(element, ProjectRequest.class), errors);
            } catch (JsonMappingException e) {
                errors.add(JsonErrors.toError(e, "/" + i, i));
                if (!remove(element, e.getPath())) {
                    return new ImportRow(i, null, errors);
                }
            }
        }
        return new ImportRow(i, null, errors);
    }

    /** Removes the member or array element at the path; false when there is nothing to remove. */
    private static boolean remove(JsonNode root, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (int k = 0; k < path.size() - 1; k++) {
            JsonMappingException.Reference ref = path.get(k);
            parent = ref.getFieldName() != null ? parent.get(ref.getFieldName()) : parent.get(ref.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (last.getFieldName() != null && parent instanceof ObjectNode o && o.has(last.getFieldName())) {
            o.remove(last.getFieldName());
            return true;
        }
        if (last.getFieldName() == null && last.getIndex() >= 0 && parent instanceof ArrayNode a && last.getIndex() < a.size()) {
            a.remove(last.getIndex());
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

    private static ProblemException malformed(IOException e) {
        if (e instanceof JsonProcessingException p && p.getLocation() != null) {
            return ProblemException.malformed("The body is not valid JSON at line " + p.getLocation().getLineNr()
                    + ", column " + p.getLocation().getColumnNr() + ": " + p.getOriginalMessage());
        }
        return ProblemException.malformed("The body could not be read: " + e.getMessage());
    }
}
