package io.influenceatlas.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.influenceatlas.engine.OutlierTreatment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OutlierSettings", description = "NONE, or WINSORISE while |skewness| and kurtosis exceed the thresholds "
        + "(COINr defaults 2 and 3.5, at most 5 points), falling back to a log transformation.")
public record OutlierSettings(OutlierTreatment.Kind kind,
                              @Schema(examples = "2") Double skewThreshold,
                              @Schema(examples = "3.5") Double kurtosisThreshold,
                              @Schema(examples = "5") Integer maxWinsorised) {
}
