package io.influenceatlas.projectregistry.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.influenceatlas.common.http.Timestamps;
import io.influenceatlas.common.sample.SampleFiles;
import io.influenceatlas.projectregistry.api.OrganisationRequest;
import io.influenceatlas.projectregistry.config.AtlasConfig;
import io.influenceatlas.projectregistry.domain.SampleDataLoad;
import io.influenceatlas.projectregistry.importer.ProjectJson;
import io.influenceatlas.projectregistry.service.ImportService;
import io.influenceatlas.projectregistry.service.OrganisationService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Loads the shipped, sourced sample (src/main/resources/sample/) on first start, through the same
 * services and checks as user input, in one transaction: organisations first, then the projects as
 * a JSON import that names them. The API marks the records "sample": true.
 */
@ApplicationScoped
public class SampleDataLoader {

    public static final String DATASET = "project-registry-sample";
    public static final String EDITOR = "sample-data";
    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class);

    @Inject
    AtlasConfig config;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    OrganisationService organisations;

    @Inject
    ImportService imports;

    void onStart(@Observes StartupEvent event) {
        if (config.sampleData().load()) {
            loadIfAbsent();
        }
    }

    /** @return true when the sample was loaded now, false when an earlier start had loaded it */
    @Transactional
    public boolean loadIfAbsent() {
        SampleFiles.lock(em, DATASET);
        byte[] orgFile = SampleFiles.read(SampleDataLoader.class, "organisations.json");
        byte[] projectFile = SampleFiles.read(SampleDataLoader.class, "projects.json");
        String checksum = SampleFiles.checksum(List.of(orgFile, projectFile));
        SampleDataLoad previous = em.find(SampleDataLoad.class, DATASET);
        if (previous != null) {
            if (!previous.checksum.equals(checksum)) {
                LOG.infof("Sample data %s was loaded on %s; the shipped sample has changed since and is not re-applied",
                        DATASET, previous.loadedAt);
            }
            return false;
        }
        OrganisationRequest[] orgs;
        try {
            orgs = json.readValue(orgFile, OrganisationRequest[].class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable sample file organisations.json", e);
        }
        for (OrganisationRequest o : orgs) {
            organisations.create(o, EDITOR, true);
        }
        var result = imports.importSample(ProjectJson.reader(new ByteArrayInputStream(projectFile), json), EDITOR);
        SampleDataLoad load = new SampleDataLoad();
        load.dataset = DATASET;
        load.checksum = checksum;
        load.loadedAt = Timestamps.now();
        em.persist(load);
        LOG.infof("Loaded sample data: %d organisations, %d projects", orgs.length, result.created());
        return true;
    }
}
