package io.influenceatlas.engine;

import java.util.List;

/** A composite, dimension or sub-dimension: children combined by an aggregation. */
public record Group(String code, double weight, Aggregation aggregation, List<Node> children) implements Node {

    public Group {
        children = List.copyOf(children);
    }
}
