package io.influenceatlas.countryprofile.mapping;

import io.influenceatlas.countryprofile.api.IndicatorRequest;
import io.influenceatlas.countryprofile.api.IndicatorView;
import io.influenceatlas.countryprofile.domain.Indicator;
import io.influenceatlas.countryprofile.domain.Lens;

import java.util.ArrayList;
import java.util.List;

public final class IndicatorMapper {

    private IndicatorMapper() {
    }

    public static IndicatorView toView(Indicator i) {
        return new IndicatorView(i.code, i.name, i.unit, i.direction, List.copyOf(i.dimensions),
                i.lenses.stream().map(Lens::valueOf).toList(), i.description, SourceMapper.toView(i.defaultSource),
                i.sample, i.version, i.createdAt, i.createdBy, i.updatedAt, i.updatedBy);
    }

    /** Copies the editable fields; the code is the identity and is set on creation only. */
    public static void apply(IndicatorRequest r, Indicator i) {
        i.name = r.name().trim();
        i.unit = r.unit().trim();
        i.direction = r.direction();
        i.description = SourceMapper.blankToNull(r.description());
        i.dimensions = r.dimensions() == null ? new ArrayList<>() : new ArrayList<>(r.dimensions().stream().distinct().toList());
        i.lenses = r.lenses() == null ? new ArrayList<>()
                : new ArrayList<>(r.lenses().stream().distinct().map(Lens::name).toList());
        i.defaultSource = SourceMapper.toEntity(r.defaultSource());
    }
}
