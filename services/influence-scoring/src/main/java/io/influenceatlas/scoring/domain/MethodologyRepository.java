package io.influenceatlas.scoring.domain;

import io.influenceatlas.scoring.api.MethodologyStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MethodologyRepository implements PanacheRepository<Methodology> {

    public Optional<Methodology> version(String key, int version) {
        return find("key = ?1 and version = ?2", key, version).firstResultOptional();
    }

    public Optional<Methodology> latestPublished(String key) {
        return find("key = ?1 and status = ?2 order by version desc", key, MethodologyStatus.PUBLISHED).firstResultOptional();
    }

    public Optional<Methodology> latest(String key) {
        return find("key = ?1 order by version desc", key).firstResultOptional();
    }

    public List<Methodology> versions(String key) {
        return list("key = ?1 order by version", key);
    }

    public int lastVersion(String key) {
        Integer v = getEntityManager().createQuery("select max(m.version) from Methodology m where m.key = ?1", Integer.class)
                .setParameter(1, key).getSingleResult();
        return v == null ? 0 : v;
    }
}
