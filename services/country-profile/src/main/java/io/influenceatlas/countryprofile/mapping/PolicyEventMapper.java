package io.influenceatlas.countryprofile.mapping;

import io.influenceatlas.countryprofile.api.PolicyEventRequest;
import io.influenceatlas.countryprofile.api.PolicyEventView;
import io.influenceatlas.countryprofile.domain.Lens;
import io.influenceatlas.countryprofile.domain.PolicyEvent;

import java.util.ArrayList;

public final class PolicyEventMapper {

    private PolicyEventMapper() {
    }

    public static PolicyEventView toView(PolicyEvent e) {
        return new PolicyEventView(e.id, e.country, e.eventDate, e.type, e.stance, e.title, e.description,
                e.lenses.stream().map(Lens::valueOf).toList(), e.sources.stream().map(SourceMapper::toView).toList(),
                e.sample, e.version, e.createdAt, e.createdBy, e.updatedAt, e.updatedBy);
    }

    /** Copies everything but the country, which the service resolves to its alpha-3 code. */
    public static void apply(PolicyEventRequest r, PolicyEvent e) {
        e.eventDate = r.date();
        e.type = r.type();
        e.stance = r.stance();
        e.title = r.title().trim();
        e.description = SourceMapper.blankToNull(r.description());
        e.lenses = r.lenses() == null ? new ArrayList<>()
                : new ArrayList<>(r.lenses().stream().distinct().map(Lens::name).toList());
        e.sources = new ArrayList<>(r.sources().stream().map(SourceMapper::toEntity).toList());
    }
}
