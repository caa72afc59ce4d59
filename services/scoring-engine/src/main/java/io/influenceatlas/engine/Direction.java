package io.influenceatlas.engine;

/** Whether a higher indicator value raises the composite (exposure) or lowers it. */
public enum Direction {
    POSITIVE(1), NEGATIVE(-1);

    final int sign;

    Direction(int sign) {
        this.sign = sign;
    }
}
