package io.influenceatlas.common.http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Change times at the database's precision (microseconds), so a value in memory equals its stored copy. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
