package io.influenceatlas.projectregistry.service;

import io.influenceatlas.common.http.Params;
import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.projectregistry.domain.Country;
import io.influenceatlas.projectregistry.domain.CountryRepository;
import io.influenceatlas.projectregistry.importer.ControlCharacters;
import io.influenceatlas.projectregistry.importer.References;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Country codes (reference data, read once) and organisation look-ups for the project rules. */
@ApplicationScoped
public class ReferenceData {

    @Inject
    CountryRepository countries;

    @Inject
    EntityManager em;

    private volatile Map<String, Country> codes;

    /** The alpha-3 code for an alpha-2 or alpha-3 code in any case, or null. */
    public String alpha3(String code) {
        if (code == null) {
            return null;
        }
        Country c = codes().get(code.trim().toUpperCase(Locale.ROOT));
        return c == null ? null : c.alpha3;
    }

    public String countryName(String alpha3) {
        Country c = codes().get(alpha3);
        return c == null ? null : c.name;
    }

    /** A repeated or comma-separated country parameter as alpha-3 codes; 400 naming it for an unknown code. */
    public List<String> alpha3Parameter(String parameter, List<String> raw) {
        List<String> result = new ArrayList<>();
        for (String code : Params.strings(raw)) {
            String a3 = alpha3(code);
            if (a3 == null) {
                throw ProblemException.invalidParameter(parameter, "unknown country code '" + code + "'");
            }
            if (!result.contains(a3)) {
                result.add(a3);
            }
        }
        return result;
    }

    /**
     * Look-ups for one request or one import: organisations are resolved by query once per distinct
     * id or name and remembered for the rest of it.
     */
    public References references() {
        Map<String, Long> byName = new HashMap<>();
        Map<Long, Boolean> byId = new HashMap<>();
        return new References() {
            @Override
            public String country(String code) {
                return alpha3(code);
            }

            @Override
            public Long organisation(Long id, String name) {
                if (id != null) {
                    return byId.computeIfAbsent(id, k -> em.find(io.influenceatlas.projectregistry.domain.Organisation.class, k) != null)
                            ? id : null;
                }
                // A name PostgreSQL cannot take as a parameter names no organisation (the rules report the text).
                if (name == null || ControlCharacters.contains(name)) {
                    return null;
                }
                String key = name.trim().toLowerCase(Locale.ROOT);
                if (!byName.containsKey(key)) {
                    List<?> ids = em.createNativeQuery("select id from organisation where lower(name) = :n"
                                    + " or exists (select 1 from unnest(aliases) a where lower(a) = :n)"
                                    + " order by (lower(name) = :n) desc, id limit 1", Long.class)
                            .setParameter("n", key).getResultList();
                    byName.put(key, ids.isEmpty() ? null : (Long) ids.get(0));
                }
                return byName.get(key);
            }
        };
    }

    private Map<String, Country> codes() {
        Map<String, Country> c = codes;
        if (c == null) {
            c = new HashMap<>(countries.codeIndex());
            codes = c;
        }
        return c;
    }
}
