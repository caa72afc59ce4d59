package io.influenceatlas.engine;

import java.util.List;

/** The framework or data cannot be computed; each problem names the node, indicator or unit. */
public class EngineException extends RuntimeException {

    private final List<String> problems;

    public EngineException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
