package io.influenceatlas.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of influence-scoring (prefix {@code atlas}). */
@ConfigMapping(prefix = "atlas")
public interface AtlasConfig {

    Scoring scoring();

    /** Read by atlas-common's BodyLimitFilter; declared here so that the settings are known and typed. */
    Http http();

    interface Scoring {
        /** The methodology read when none is named ("latest" runs, the first run). */
        @WithDefault("dsr-exposure")
        String defaultMethodology();

        FirstRun firstRun();

        /** How many indicators a run reads from the sources at the same time. */
        @WithDefault("4")
        int sourceConcurrency();
    }

    /**
     * A run of the default methodology made at start when none exists yet, so a fresh local suite
     * has a ranking to read. It waits for the other services, which start at the same time.
     */
    interface FirstRun {
        @WithDefault("false")
        boolean enabled();

        /** The year scored. */
        @WithDefault("2024")
        int year();

        /** Time between attempts while the sources are not ready. */
        @WithDefault("5s")
        Duration retryEvery();

        @WithDefault("60")
        int attempts();
    }

    interface Http {
        Optional<io.quarkus.runtime.configuration.MemorySize> maxBodySize();

        Optional<List<String>> largeBodyPaths();
    }
}
