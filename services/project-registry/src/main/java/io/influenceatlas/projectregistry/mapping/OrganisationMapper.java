package io.influenceatlas.projectregistry.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influenceatlas.projectregistry.api.Listing;
import io.influenceatlas.projectregistry.api.OrganisationRequest;
import io.influenceatlas.projectregistry.api.OrganisationView;
import io.influenceatlas.projectregistry.domain.Organisation;
import io.influenceatlas.projectregistry.domain.StateOwnership;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Organisation entity ⇄ wire records, with requests in one canonical form. */
public final class OrganisationMapper {

    public static final TypeReference<List<Listing>> LISTING_LIST = new TypeReference<>() {
    };

    private OrganisationMapper() {
    }

    public static OrganisationView toView(Organisation o, ObjectMapper json) {
        return new OrganisationView(o.id, o.name, List.copyOf(o.aliases), o.originCountry, o.type, o.stateOwnership, o.website,
                o.notes, JsonColumns.list(json, o.listings, LISTING_LIST),
                JsonColumns.list(json, o.sources, ProjectMapper.SOURCE_LIST), o.sample, o.version, o.createdAt, o.updatedAt,
                o.updatedBy);
    }

    public static OrganisationRequest toRequest(Organisation o, ObjectMapper json) {
        return new OrganisationRequest(o.name, List.copyOf(o.aliases), o.originCountry, o.type, o.stateOwnership, o.website,
                o.notes, JsonColumns.list(json, o.listings, LISTING_LIST),
                JsonColumns.list(json, o.sources, ProjectMapper.SOURCE_LIST));
    }

    public static OrganisationRequest canonical(OrganisationRequest r, Function<String, String> alpha3) {
        List<String> aliases = new ArrayList<>();
        if (r.aliases() != null) {
            r.aliases().forEach(a -> aliases.add(a.trim()));
        }
        List<Listing> listings = r.listings() == null ? List.of() : r.listings().stream()
                .map(l -> new Listing(l.list(), text(l.detail()), l.listedOn(), l.removedOn(), ProjectMapper.source(l.source())))
                .toList();
        return new OrganisationRequest(r.name().trim(), aliases, r.originCountry() == null ? null : alpha3.apply(r.originCountry()),
                r.type(), r.stateOwnership() == null ? StateOwnership.UNKNOWN : r.stateOwnership(), text(r.website()),
                text(r.notes()), listings,
                r.sources() == null ? List.of() : r.sources().stream().map(ProjectMapper::source).toList());
    }

    public static void apply(OrganisationRequest r, Organisation o, ObjectMapper json) {
        o.name = r.name();
        o.aliases = new ArrayList<>(r.aliases());
        o.originCountry = r.originCountry();
        o.type = r.type();
        o.stateOwnership = r.stateOwnership();
        o.website = r.website();
        o.notes = r.notes();
        o.listings = JsonColumns.write(json, r.listings());
        o.sources = JsonColumns.write(json, r.sources());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
