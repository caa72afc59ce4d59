package io.influenceatlas.engine;

/**
 * How a group combines its children's scores, each with its weight (normalised to sum 1 over the
 * children that have a score).
 * <ul>
 *   <li>ARITHMETIC: Σ wᵢxᵢ — fully compensatory.</li>
 *   <li>GEOMETRIC: Π xᵢ^wᵢ — partly compensatory; needs values ≥ 0. A zero child makes the group 0 (the
 *   limit of the product: nothing compensates a zero), a negative one is an error (normalise with
 *   min-max, goalposts or a rank first).</li>
 *   <li>HARMONIC: 1 / Σ (wᵢ/xᵢ) — least compensatory; same rule for zero and negative values.</li>
 * </ul>
 */
public enum Aggregation {
    ARITHMETIC, GEOMETRIC, HARMONIC
}
