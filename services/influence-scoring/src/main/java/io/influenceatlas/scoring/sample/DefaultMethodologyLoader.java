package io.influenceatlas.scoring.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.common.sample.SampleFiles;
import io.influenceatlas.scoring.api.MethodologyRequest;
import io.influenceatlas.scoring.definition.MethodologyRules;
import io.influenceatlas.scoring.domain.Methodology;
import io.influenceatlas.scoring.domain.MethodologyRepository;
import io.influenceatlas.scoring.compute.Canonical;
import io.influenceatlas.scoring.mapping.MethodologyMapper;
import io.influenceatlas.scoring.service.MethodologyStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.List;

/**
 * Installs the shipped "DSR exposure" methodology (methodologies/dsr-exposure.json) as a published
 * version, in every environment: version 1 on first start, and the next version whenever the shipped
 * file differs from every stored version (so the file is always what a run of the latest published
 * version uses). Its structure is checked here; its country-profile indicator codes are checked by
 * every run, since country-profile may not be up yet.
 */
@ApplicationScoped
public class DefaultMethodologyLoader {

    public static final String KEY = "dsr-exposure";
    public static final String FILE = "/methodologies/dsr-exposure.json";
    public static final String INSTALLER = "influence-atlas";
    private static final Logger LOG = Logger.getLogger(DefaultMethodologyLoader.class);

    @Inject
    MethodologyRepository methodologies;

    @Inject
    MethodologyStore store;

    @Inject
    MethodologyMapper mapper;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes StartupEvent event) throws IOException {
        // Several replicas may start together: one installs, the others then find it.
        SampleFiles.lock(em, KEY);
        MethodologyRequest request = read(json);
        String hash = Canonical.hashJson(mapper.definitionJson(request));
        if (methodologies.versions(KEY).stream().anyMatch(m -> m.definitionHash.equals(hash))) {
            return;
        }
        Methodology m = store.installPublished(request, INSTALLER);
        LOG.infof("Installed methodology %s version %d (%d indicators)", m.key, m.version, request.indicators().size());
    }

    /** The shipped definition, checked by the same rules as any methodology. */
    public static MethodologyRequest read(ObjectMapper json) throws IOException {
        try (var in = DefaultMethodologyLoader.class.getResourceAsStream(FILE)) {
            MethodologyRequest request = json.readValue(in, MethodologyRequest.class);
            List<ProblemError> errors = MethodologyRules.check(request, true);
            if (!errors.isEmpty()) {
                throw new IllegalStateException(FILE + " is invalid: " + errors);
            }
            return request;
        }
    }

}
