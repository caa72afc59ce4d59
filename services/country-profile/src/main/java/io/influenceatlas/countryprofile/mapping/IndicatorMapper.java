package io.influenceatlas.countryprofile.mapping;

import io.influenceatlas.countryprofile.api.IndicatorRequest;
import io.influenceatlas.countryprofile.api.IndicatorView;
import io.influenceatlas.countryprofile.domain.Indicator;
import io.influenceatlas.countryprofile.domain.Lens;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

public final class IndicatorMapper {

    private IndicatorMapper() {
    }

    public static IndicatorView toView(Indicator i) {
        return new IndicatorView(i.code, i.name, i.unit, i.direction, List.copyOf(i.dimensions),
                i.lenses.stream().map(Lens::valueOf).toList(), i.description, SourceMapper.toView(i.defaultSource),
                i.sample, i.version, i.createdAt, i.createdBy, i.updatedAt, i.updatedBy);
    }

    /** True when applying the request would change nothing. */
    public static boolean sameContent(IndicatorRequest r, Indicator i) {
        return r.name().trim().equals(i.name) && r.unit().trim().equals(i.unit) && r.direction() == i.direction
                && Objects.equals(SourceMapper.blankToNull(r.description()), i.description)
                && dimensions(r).equals(i.dimensions) && lenses(r).equals(i.lenses)
                && Objects.equals(SourceMapper.toEntity(r.defaultSource()), i.defaultSource);
    }

    /** Copies the editable fields; the code is the identity and is set on creation only. */
    public static void apply(IndicatorRequest r, Indicator i) {
        i.name = r.name().trim();
        i.unit = r.unit().trim();
        i.direction = r.direction();
        i.description = SourceMapper.blankToNull(r.description());
        i.dimensions = new ArrayList<>(dimensions(r));
        i.lenses = new ArrayList<>(lenses(r));
        i.defaultSource = SourceMapper.toEntity(r.defaultSource());
    }

    private static List<String> dimensions(IndicatorRequest r) {
        return r.dimensions() == null ? List.of() : r.dimensions().stream().distinct().toList();
    }

    private static List<String> lenses(IndicatorRequest r) {
        return r.lenses() == null ? List.of() : r.lenses().stream().distinct().map(Lens::name).toList();
    }
}
