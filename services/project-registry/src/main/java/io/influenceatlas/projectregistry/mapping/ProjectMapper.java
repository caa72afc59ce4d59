package io.influenceatlas.projectregistry.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influenceatlas.projectregistry.api.LockIn;
import io.influenceatlas.projectregistry.api.OrganisationLinkRequest;
import io.influenceatlas.projectregistry.api.OrganisationLinkView;
import io.influenceatlas.projectregistry.api.ProjectCountryRequest;
import io.influenceatlas.projectregistry.api.ProjectCountryView;
import io.influenceatlas.projectregistry.api.ProjectRequest;
import io.influenceatlas.projectregistry.api.ProjectValue;
import io.influenceatlas.projectregistry.api.ProjectView;
import io.influenceatlas.projectregistry.api.Source;
import io.influenceatlas.projectregistry.api.StatusChange;
import io.influenceatlas.projectregistry.domain.CountryLink;
import io.influenceatlas.projectregistry.domain.Organisation;
import io.influenceatlas.projectregistry.domain.OrganisationLink;
import io.influenceatlas.projectregistry.domain.Project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Project entity ⇄ wire records. Requests are brought to one canonical form so equal content compares equal. */
public final class ProjectMapper {

    public static final TypeReference<List<StatusChange>> STATUS_LIST = new TypeReference<>() {
    };
    public static final TypeReference<List<Source>> SOURCE_LIST = new TypeReference<>() {
    };

    private ProjectMapper() {
    }

    /**
     * @param organisations the organisations the project links, by id
     * @param countryNames  ISO alpha-3 → English short name
     */
    public static ProjectView toView(Project p, Map<Long, Organisation> organisations, Function<String, String> countryNames,
                                     ObjectMapper json) {
        List<ProjectCountryView> countries = p.countries.stream()
                .map(c -> new ProjectCountryView(c.country, countryNames.apply(c.country), c.role)).toList();
        List<OrganisationLinkView> orgs = p.organisations.stream().map(l -> {
            Organisation o = organisations.get(l.organisationId);
            return new OrganisationLinkView(l.organisationId, o == null ? null : o.name, o == null ? null : o.originCountry, l.role);
        }).toList();
        ProjectValue value = p.valueAmount == null ? null
                : new ProjectValue(plain(p.valueAmount), p.valueCurrency, plain(p.valueUsd));
        LockIn lockIn = new LockIn(p.layerCriticality, p.switchingCost, p.standard, p.supplierRole, p.dataAccess, p.lockInNote);
        return new ProjectView(p.id, p.externalId, p.title, p.description, p.category, p.status, p.state, countries,
                JsonColumns.list(json, p.statusHistory, STATUS_LIST), p.announcedOn, p.agreedOn, p.startedOn, p.completedOn,
                p.firstYear, value, LockIn.uncoded(lockIn) ? null : lockIn, orgs, List.copyOf(p.tags), p.qualityGrade,
                JsonColumns.list(json, p.sources, SOURCE_LIST), JsonColumns.tree(json, p.geometry), p.sample, p.version,
                p.createdAt, p.updatedAt, p.updatedBy);
    }

    /** The stored content as a canonical request (organisations by id, alpha-3 codes). */
    public static ProjectRequest toRequest(Project p, ObjectMapper json) {
        LockIn lockIn = new LockIn(p.layerCriticality, p.switchingCost, p.standard, p.supplierRole, p.dataAccess, p.lockInNote);
        return new ProjectRequest(p.externalId, p.title, p.description, p.category, p.state,
                p.countries.stream().map(c -> new ProjectCountryRequest(c.country, c.role)).toList(),
                JsonColumns.list(json, p.statusHistory, STATUS_LIST), p.announcedOn, p.agreedOn, p.startedOn, p.completedOn,
                p.valueAmount == null ? null : new ProjectValue(p.valueAmount, p.valueCurrency, p.valueUsd),
                LockIn.uncoded(lockIn) ? null : lockIn,
                p.organisations.stream().map(l -> new OrganisationLinkRequest(l.organisationId, null, l.role)).toList(),
                List.copyOf(p.tags), p.qualityGrade, JsonColumns.list(json, p.sources, SOURCE_LIST),
                JsonColumns.tree(json, p.geometry));
    }

    /**
     * A checked request in canonical form: alpha-3 codes, organisations by id, the default state,
     * trimmed text, amounts at two decimals, the dollar value filled in for USD amounts, empty lists
     * instead of absent ones.
     */
    public static ProjectRequest canonical(ProjectRequest r, Function<String, String> alpha3,
                                           Function<OrganisationLinkRequest, Long> organisationId) {
        ProjectValue value = null;
        if (r.value() != null) {
            BigDecimal amount = r.value().amount().setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal usd = r.value().usd() != null ? r.value().usd().setScale(2, RoundingMode.UNNECESSARY)
                    : "USD".equals(r.value().currency()) ? amount : null;
            value = new ProjectValue(amount, r.value().currency(), usd);
        }
        LockIn lockIn = LockIn.uncoded(r.lockIn()) ? null : new LockIn(r.lockIn().layerCriticality(),
                r.lockIn().switchingCost(), r.lockIn().standard(), r.lockIn().supplierRole(), r.lockIn().dataAccess(),
                text(r.lockIn().note()));
        List<OrganisationLinkRequest> orgs = new ArrayList<>();
        if (r.organisations() != null) {
            r.organisations().forEach(l -> orgs.add(new OrganisationLinkRequest(organisationId.apply(l), null, l.role())));
        }
        return new ProjectRequest(text(r.externalId()), r.title().trim(), text(r.description()), r.category(),
                r.stateOrDefault(),
                r.countries().stream().map(c -> new ProjectCountryRequest(alpha3.apply(c.country()), c.role())).toList(),
                r.statusHistory().stream().map(s -> new StatusChange(s.status(), s.date(), text(s.note()))).toList(),
                r.announcedOn(), r.agreedOn(), r.startedOn(), r.completedOn(), value, lockIn, orgs,
                r.tags() == null ? List.of() : r.tags(), r.qualityGrade(),
                r.sources() == null ? List.of() : r.sources().stream().map(ProjectMapper::source).toList(),
                r.geometry() == null || r.geometry().isNull() ? null : r.geometry());
    }

    /** Writes a canonical request onto the entity. */
    public static void apply(ProjectRequest r, Project p, Integer firstYear, ObjectMapper json) {
        p.externalId = r.externalId();
        p.title = r.title();
        p.description = r.description();
        p.category = r.category();
        p.state = r.state();
        p.statusHistory = JsonColumns.write(json, r.statusHistory());
        p.status = r.statusHistory().get(r.statusHistory().size() - 1).status();
        p.announcedOn = r.announcedOn();
        p.agreedOn = r.agreedOn();
        p.startedOn = r.startedOn();
        p.completedOn = r.completedOn();
        p.firstYear = firstYear;
        p.valueAmount = r.value() == null ? null : r.value().amount();
        p.valueCurrency = r.value() == null ? null : r.value().currency();
        p.valueUsd = r.value() == null ? null : r.value().usd();
        LockIn l = r.lockIn();
        p.layerCriticality = l == null ? null : l.layerCriticality();
        p.switchingCost = l == null ? null : l.switchingCost();
        p.standard = l == null ? null : l.standard();
        p.supplierRole = l == null ? null : l.supplierRole();
        p.dataAccess = l == null ? null : l.dataAccess();
        p.lockInNote = l == null ? null : l.note();
        p.tags = new ArrayList<>(r.tags());
        p.qualityGrade = r.qualityGrade();
        p.sources = JsonColumns.write(json, r.sources());
        p.geometry = r.geometry() == null ? null : JsonColumns.write(json, r.geometry());
        p.countries.clear();
        r.countries().forEach(c -> p.countries.add(new CountryLink(c.country(), c.role())));
        p.countryCodes = new ArrayList<>(r.countries().stream().map(ProjectCountryRequest::country).toList());
        p.organisations.clear();
        r.organisations().forEach(o -> p.organisations.add(new OrganisationLink(o.id(), o.role())));
    }

    public static Source source(Source s) {
        return new Source(s.url().trim(), s.publisher().trim(), text(s.title()), s.publishedOn(), s.accessedOn(), text(s.note()));
    }

    /** 1000000.00 → 1000000, 12.50 → 12.5: amounts as people write them. */
    private static BigDecimal plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
