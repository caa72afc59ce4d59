package io.influenceatlas.countryprofile.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of this service under the "atlas" prefix (environment: ATLAS_...). */
@ConfigMapping(prefix = "atlas")
public interface AtlasConfig {

    SampleData sampleData();

    interface SampleData {
        /** Load the shipped sample data on first start (ATLAS_SAMPLE_DATA_LOAD). */
        @WithDefault("false")
        boolean load();
    }
}
