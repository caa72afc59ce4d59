package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.engine.MissingData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MissingSettings", description = "EXCLUDE (re-weight within the parent), GROUP_MEAN (mean of the unit's region "
        + "or group), CONSTANT (the given raw value).")
public record MissingSettings(MissingData.Kind kind, Double constant) {
}
