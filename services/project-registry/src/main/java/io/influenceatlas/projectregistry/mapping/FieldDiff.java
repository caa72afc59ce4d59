package io.influenceatlas.projectregistry.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influenceatlas.projectregistry.api.FieldChange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The members that differ between two versions of a record's view, for its history. */
public final class FieldDiff {

    /** View members that change with every save and are not content. */
    static final Set<String> META = Set.of("id", "version", "createdAt", "updatedAt", "updatedBy");

    private FieldDiff() {
    }

    public static List<FieldChange> changes(ObjectNode from, ObjectNode to) {
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
}
