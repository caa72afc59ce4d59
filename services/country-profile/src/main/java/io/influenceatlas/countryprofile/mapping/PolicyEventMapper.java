package io.influenceatlas.countryprofile.mapping;

import io.influenceatlas.countryprofile.api.PolicyEventRequest;
import io.influenceatlas.countryprofile.api.PolicyEventView;
import io.influenceatlas.countryprofile.domain.Lens;
import io.influenceatlas.countryprofile.domain.PolicyEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

public final class PolicyEventMapper {

    private PolicyEventMapper() {
    }

    public static PolicyEventView toView(PolicyEvent e) {
        return new PolicyEventView(e.id, e.country, e.eventDate, e.type, e.stance, e.title, e.description,
                e.lenses.stream().map(Lens::valueOf).toList(), e.sources.stream().map(SourceMapper::toView).toList(),
                e.sample, e.version, e.createdAt, e.createdBy, e.updatedAt, e.updatedBy);
    }

    /** True when applying the request would change nothing but the country (compared by the caller). */
    public static boolean sameContent(PolicyEventRequest r, PolicyEvent e) {
        List<String> lenses = r.lenses() == null ? List.of() : r.lenses().stream().distinct().map(Lens::name).toList();
        return Objects.equals(r.date(), e.eventDate) && r.type() == e.type && r.stance() == e.stance
                && r.title().trim().equals(e.title)
                && Objects.equals(SourceMapper.blankToNull(r.description()), e.description)
                && lenses.equals(e.lenses)
                && r.sources().stream().map(SourceMapper::toEntity).toList().equals(e.sources);
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
