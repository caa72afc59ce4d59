package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IndicatorValue", description = "An indicator's value at each stage for one unit, and its contribution.")
public record IndicatorValueView(Double raw, boolean imputed, Double treated, Double normalised, Double contribution) {
}
