package io.influenceatlas.engine;

/** A node of a framework tree: a group of nodes, or an indicator. */
public sealed interface Node permits Group, Indicator {

    String code();

    /** Relative weight within the parent (normalised to sum 1 over the siblings). */
    double weight();
}
