package io.influenceatlas.projectregistry.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    /** Reference codes: alpha-2 and alpha-3 (upper case) → the country. */
    public Map<String, Country> codeIndex() {
        Map<String, Country> index = new HashMap<>();
        for (Country c : listAll()) {
            index.put(c.alpha2, c);
            index.put(c.alpha3, c);
        }
        return index;
    }
}
