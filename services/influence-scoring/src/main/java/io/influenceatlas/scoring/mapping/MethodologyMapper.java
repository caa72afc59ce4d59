package io.influenceatlas.scoring.mapping;

import io.influenceatlas.scoring.api.MethodologyRequest;
import io.influenceatlas.scoring.api.MethodologySummaryView;
import io.influenceatlas.scoring.api.MethodologyView;
import io.influenceatlas.scoring.domain.Methodology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class MethodologyMapper {

    @Inject
    Json json;

    /** The stored document: the request without its key (the key is a column). */
    public String definitionJson(MethodologyRequest r) {
        return json.write(new MethodologyRequest(null, r.name(), r.description(), r.minCoverage(), r.framework(),
                r.indicators(), r.lenses()));
    }

    public MethodologyRequest definition(String definitionJson, String key) {
        MethodologyRequest d = json.read(definitionJson, MethodologyRequest.class);
        return new MethodologyRequest(key, d.name(), d.description(), d.minCoverage(), d.framework(), d.indicators(), d.lenses());
    }

    public MethodologyView view(Methodology m) {
        MethodologyRequest d = definition(m.definition, m.key);
        return new MethodologyView(m.key, m.version, m.status, d.name(), d.description(), d.minCoverage(), d.framework(),
                d.indicators(), d.lenses() == null ? java.util.List.of() : d.lenses(), m.definitionHash,
                m.createdAt, m.createdBy, m.updatedAt, m.updatedBy, m.publishedAt);
    }

    public MethodologySummaryView summary(Methodology m) {
        MethodologyRequest d = definition(m.definition, m.key);
        return new MethodologySummaryView(m.key, m.version, m.status, d.name(), d.description(), d.indicators().size(),
                d.lenses() == null ? 0 : d.lenses().size(), m.updatedAt, m.publishedAt);
    }
}
