package io.influenceatlas.countryprofile.domain;

import io.influenceatlas.common.paging.Page;
import io.influenceatlas.common.paging.PageRequest;
import io.influenceatlas.common.paging.Pages;
import io.influenceatlas.common.paging.Sorts;
import io.influenceatlas.common.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    public static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "name", "alpha2", "alpha2", "alpha3", "alpha3", "numeric", "numericCode",
            "region", "region", "subregion", "subregion", "briMouDate", "briMouDate", "dsrMouDate", "dsrMouDate",
            "regimeType", "regimeType", "usAlignment", "usAlignment");

    /** Filters of the country list; null means "any". */
    public record Filter(String region, String subregion, Boolean bri, Boolean dsr, List<RegimeType> regimeTypes,
                         List<UsAlignment> alignments, Boolean personalist, String text, Boolean sample) {
    }

    /** Looks a country up by ISO alpha-2 or alpha-3 code, case-insensitively. */
    public Optional<Country> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.length() == 3) {
            return findByIdOptional(c);
        }
        if (c.length() == 2) {
            return find("alpha2", c).firstResultOptional();
        }
        return Optional.empty();
    }

    /** alpha-2 and alpha-3 codes (upper case) → alpha-3, for resolving the codes of a bulk file at once. */
    public Map<String, String> codeIndex() {
        Map<String, String> index = new HashMap<>();
        for (Object[] row : getEntityManager().createQuery("select c.alpha2, c.alpha3 from Country c", Object[].class)
                .getResultList()) {
            index.put((String) row[0], (String) row[1]);
            index.put((String) row[1], (String) row[1]);
        }
        return index;
    }

    public Page<Country> search(Filter f, PageRequest page) {
        Where w = new Where()
                .and("(lower(region) = :region or regionCode = :region)", "region", lower(f.region()))
                .and("(lower(subregion) = :sub or subregionCode = :sub"
                        + " or lower(intermediateRegion) = :sub or intermediateRegionCode = :sub)", "sub", lower(f.subregion()))
                .andIf(Boolean.TRUE.equals(f.bri()), "briMouDate is not null")
                .andIf(Boolean.FALSE.equals(f.bri()), "briMouDate is null")
                .andIf(Boolean.TRUE.equals(f.dsr()), "dsrMouDate is not null")
                .andIf(Boolean.FALSE.equals(f.dsr()), "dsrMouDate is null")
                .and("regimeType in :regimes", "regimes", f.regimeTypes())
                .and("usAlignment in :alignments", "alignments", f.alignments())
                .and("personalist = :personalist", "personalist", f.personalist())
                .and("sample = :sample", "sample", f.sample())
                .and("(lower(name) like :text escape '\\' or alpha2 = :code or alpha3 = :code)", "text",
                        Where.containsPattern(f.text()));
        if (f.text() != null && !f.text().isBlank()) {
            w.param("code", f.text().trim().toUpperCase(Locale.ROOT));
        }
        PanacheQuery<Country> q = find(w.query(), Sorts.of(page, SORT_COLUMNS, "alpha3"), w.params());
        return Pages.fetch(q, page);
    }

    public long countAll() {
        return count();
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
