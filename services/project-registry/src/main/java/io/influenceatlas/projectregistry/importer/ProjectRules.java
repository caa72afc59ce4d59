package io.influenceatlas.projectregistry.importer;

import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.projectregistry.api.OrganisationLinkRequest;
import io.influenceatlas.projectregistry.api.PartialDates;
import io.influenceatlas.projectregistry.api.ProjectRequest;
import io.influenceatlas.projectregistry.api.Source;
import io.influenceatlas.projectregistry.api.StatusChange;
import io.influenceatlas.projectregistry.domain.PublicationState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a project that span fields or need reference data, applied after the field
 * constraints: real dates in order, known countries and organisations, ISO 4217 currencies,
 * sources before publishing, RFC 7946 geometry. Errors carry JSON pointers under {@code prefix}.
 */
public final class ProjectRules {

    private static final Set<String> CURRENCIES = new HashSet<>();

    static {
        Currency.getAvailableCurrencies().forEach(c -> CURRENCIES.add(c.getCurrencyCode()));
    }

    private ProjectRules() {
    }

    public static List<ProblemError> check(ProjectRequest r, References refs, String prefix, Long row) {
        List<ProblemError> errors = new ArrayList<>();
        Errors e = (field, message) -> errors.add(new ProblemError(prefix + field, row, message));
        dates(r, e);
        statusHistory(r.statusHistory(), e);
        countries(r, refs, e);
        organisations(r.organisations(), refs, e);
        value(r, e);
        if (r.tags() != null && new HashSet<>(r.tags()).size() < r.tags().size()) {
            e.add("/tags", "must not repeat a tag");
        }
        sources(r.sources(), e, "/sources");
        if (r.stateOrDefault() == PublicationState.PUBLISHED && (r.sources() == null || r.sources().isEmpty())) {
            e.add("/sources", "a published project needs at least one source; save it as DRAFT until it has one");
        }
        if (r.geometry() != null && !r.geometry().isNull()) {
            for (GeoJson.Problem p : GeoJson.check(r.geometry())) {
                e.add("/geometry" + p.pointer(), p.message());
            }
        }
        return errors;
    }

    /** Sources of any record: real publication dates. */
    public static void sources(List<Source> sources, Errors e, String at) {
        if (sources == null) {
            return;
        }
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            if (s != null && s.publishedOn() != null && s.publishedOn().matches(PartialDates.PATTERN)
                    && !PartialDates.isValid(s.publishedOn())) {
                e.add(at + "/" + i + "/publishedOn", "is not a real date");
            }
        }
    }

    /** Receives one error: a pointer relative to the record, and the reason. */
    public interface Errors {
        void add(String field, String message);
    }

    /** The year of the project's earliest date (its four dates and its status history), or null. */
    public static Integer firstYear(ProjectRequest r) {
        List<String> all = new ArrayList<>();
        for (String d : new String[]{r.announcedOn(), r.agreedOn(), r.startedOn(), r.completedOn()}) {
            if (d != null) {
                all.add(d);
            }
        }
        r.statusHistory().forEach(s -> all.add(s.date()));
        // ISO dates of any precision sort correctly as text.
        String first = all.stream().min(String::compareTo).orElse(null);
        return first == null ? null : PartialDates.year(first);
    }

    private static void dates(ProjectRequest r, Errors e) {
        String[][] dates = {{"announcedOn", r.announcedOn()}, {"agreedOn", r.agreedOn()}, {"startedOn", r.startedOn()},
                {"completedOn", r.completedOn()}};
        boolean allReal = true;
        for (String[] d : dates) {
            if (d[1] != null && d[1].matches(PartialDates.PATTERN) && !PartialDates.isValid(d[1])) {
                e.add("/" + d[0], "is not a real date (year 1800 or later, month 01-12, a day of that month)");
                allReal = false;
            }
        }
        if (!allReal || r.completedOn() == null || !PartialDates.isValid(r.completedOn())) {
            return;
        }
        for (int i = 0; i < 3; i++) {
            String earlier = dates[i][1];
            if (earlier != null && PartialDates.isValid(earlier) && PartialDates.compare(r.completedOn(), earlier) < 0) {
                e.add("/completedOn", "must not be before " + dates[i][0] + " (" + earlier + ")");
            }
        }
    }

    private static void statusHistory(List<StatusChange> history, Errors e) {
        if (history == null) {
            return;
        }
        StatusChange previous = null;
        for (int i = 0; i < history.size(); i++) {
            StatusChange s = history.get(i);
            if (s == null || s.date() == null || s.status() == null || !s.date().matches(PartialDates.PATTERN)) {
                previous = null;
                continue;
            }
            if (!PartialDates.isValid(s.date())) {
                e.add("/statusHistory/" + i + "/date", "is not a real date");
                previous = null;
                continue;
            }
            if (previous != null) {
                if (PartialDates.compare(s.date(), previous.date()) < 0) {
                    e.add("/statusHistory/" + i + "/date", "must not be before the previous entry (" + previous.date()
                            + "): list statuses oldest first");
                } else if (s.status() == previous.status()) {
                    e.add("/statusHistory/" + i + "/status", "repeats the previous status " + s.status());
                }
            }
            previous = s;
        }
    }

    private static void countries(ProjectRequest r, References refs, Errors e) {
        if (r.countries() == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.countries().size(); i++) {
            var c = r.countries().get(i);
            if (c == null || c.country() == null) {
                continue;
            }
            String alpha3 = refs.country(c.country());
            if (alpha3 == null) {
                e.add("/countries/" + i + "/country", "unknown ISO 3166-1 country code '" + c.country() + "'");
            } else if (!seen.add(alpha3)) {
                e.add("/countries/" + i + "/country", "lists " + alpha3 + " twice; a country has one role per project");
            }
        }
    }

    private static void organisations(List<OrganisationLinkRequest> links, References refs, Errors e) {
        if (links == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            OrganisationLinkRequest link = links.get(i);
            if (link == null) {
                continue;
            }
            boolean byName = link.name() != null && !link.name().isBlank();
            if ((link.id() == null) == !byName) {
                e.add("/organisations/" + i, "give either the organisation's id or its name, not both or neither");
                continue;
            }
            Long id = refs.organisation(link.id(), byName ? link.name().trim() : null);
            if (id == null) {
                e.add("/organisations/" + i + (byName ? "/name" : "/id"), byName
                        ? "no organisation is named or aliased '" + link.name().trim() + "'"
                        : "no organisation with id " + link.id());
            } else if (link.role() != null && !seen.add(id + "/" + link.role())) {
                e.add("/organisations/" + i, "lists organisation " + id + " as " + link.role() + " twice");
            }
        }
    }

    private static void value(ProjectRequest r, Errors e) {
        if (r.value() == null || r.value().currency() == null) {
            return;
        }
        String currency = r.value().currency();
        if (currency.matches("^[A-Z]{3}$") && !CURRENCIES.contains(currency)) {
            e.add("/value/currency", "unknown ISO 4217 currency code '" + currency + "'");
        }
        BigDecimal usd = r.value().usd();
        if ("USD".equals(currency) && usd != null && r.value().amount() != null && usd.compareTo(r.value().amount()) != 0) {
            e.add("/value/usd", "must equal amount when the currency is USD");
        }
    }
}
