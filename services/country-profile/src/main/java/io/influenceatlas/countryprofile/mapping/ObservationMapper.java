package io.influenceatlas.countryprofile.mapping;

import io.influenceatlas.countryprofile.api.ObservationView;
import io.influenceatlas.countryprofile.domain.Observation;

public final class ObservationMapper {

    private ObservationMapper() {
    }

    public static ObservationView toView(Observation o) {
        return new ObservationView(o.country, o.indicator, o.year, o.value, SourceMapper.toView(o.source), o.note,
                o.sample, o.version, o.updatedAt, o.updatedBy);
    }
}
