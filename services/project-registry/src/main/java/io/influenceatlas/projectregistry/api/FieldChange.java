package io.influenceatlas.projectregistry.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldChange", description = "One field's value before and after a change (absent when it had none).")
public record FieldChange(String field, JsonNode from, JsonNode to) {
}
