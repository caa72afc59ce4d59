package io.influenceatlas.scoring.definition;

import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.scoring.api.IndicatorDefinition;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's refusals ("unit X, indicator Y: LOG10 needs values > 0…") as problem errors, pointing
 * at the indicator's definition when the message names one that is defined, else at the fallback.
 */
public final class EngineProblems {

    private static final Pattern INDICATOR = Pattern.compile("indicator (\\S+?):");

    private EngineProblems() {
    }

    public static List<ProblemError> errors(List<String> problems, List<IndicatorDefinition> indicators, String fallback) {
        return problems.stream().map(p -> ProblemError.field(pointer(p, indicators, fallback), p)).toList();
    }

    static String pointer(String problem, List<IndicatorDefinition> indicators, String fallback) {
        Matcher m = INDICATOR.matcher(problem);
        if (m.find() && indicators != null) {
            for (int i = 0; i < indicators.size(); i++) {
                if (m.group(1).equals(indicators.get(i).code())) {
                    return "/indicators/" + i;
                }
            }
        }
        return fallback;
    }
}
