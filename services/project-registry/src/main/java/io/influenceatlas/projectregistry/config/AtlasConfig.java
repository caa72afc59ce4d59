package io.influenceatlas.projectregistry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of the project registry (prefix {@code atlas}). */
@ConfigMapping(prefix = "atlas")
public interface AtlasConfig {

    SampleData sampleData();

    /** Read by atlas-common's BodyLimitFilter; declared here so that the settings are known and typed. */
    Http http();

    @WithName("import")
    Import importing();

    interface SampleData {
        /** Load the shipped sample dataset on first start. */
        @WithDefault("false")
        boolean load();
    }

    interface Http {
        /** Body limit of every request except those to largeBodyPaths (default: quarkus.http.limits.max-body-size). */
        java.util.Optional<io.quarkus.runtime.configuration.MemorySize> maxBodySize();

        /** Paths whose bodies may use all of quarkus.http.limits.max-body-size. */
        java.util.Optional<java.util.List<String>> largeBodyPaths();
    }

    interface Import {
        /** Most rows one import may have; more is refused with 413. */
        @WithDefault("200000")
        int maxRows();

        /** Rows written per flush: bounds the memory an import holds at once. */
        @WithDefault("500")
        int chunkSize();

        /** Most errors listed in a refused import's problem (the detail gives the total). */
        @WithDefault("1000")
        int maxReportedErrors();
    }
}
