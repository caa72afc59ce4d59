package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.engine.Normalisation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NormalisationSettings", description = "MIN_MAX, GOALPOSTS (lower, upper), Z_SCORE, RANK, PERCENTILE_RANK, "
        + "DISTANCE_TO_REFERENCE (reference). Goalposts and reference are in the indicator's raw (transformed) units.")
public record NormalisationSettings(Normalisation.Kind kind, Double lower, Double upper, Double reference) {
}
