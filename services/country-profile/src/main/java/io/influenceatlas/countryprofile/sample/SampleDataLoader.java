package io.influenceatlas.countryprofile.sample;

import io.influenceatlas.common.http.Timestamps;
import io.influenceatlas.common.sample.SampleFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influenceatlas.common.problem.ProblemError;
import io.influenceatlas.common.problem.Violations;
import io.influenceatlas.countryprofile.api.IndicatorRequest;
import io.influenceatlas.countryprofile.api.PolicyEventRequest;
import io.influenceatlas.countryprofile.api.ProfileRequest;
import io.influenceatlas.countryprofile.config.AtlasConfig;
import io.influenceatlas.countryprofile.domain.SampleDataLoad;
import io.influenceatlas.countryprofile.importer.ImportFormat;
import io.influenceatlas.countryprofile.importer.ImportRow;
import io.influenceatlas.countryprofile.service.CountryService;
import io.influenceatlas.countryprofile.service.IndicatorService;
import io.influenceatlas.countryprofile.service.ObservationService;
import io.influenceatlas.countryprofile.service.PolicyEventService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the shipped, sourced sample dataset (src/main/resources/sample/) on first start, through the
 * same services and validation as user input, in one transaction. The API marks it "sample": true.
 */
@ApplicationScoped
public class SampleDataLoader {

    public static final String DATASET = "country-profile-sample";
    public static final String EDITOR = "sample-data";
    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class);
    private static final List<String> FILES = List.of("indicators.json", "profiles.json", "observations.csv", "events.json");

    @Inject
    AtlasConfig config;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    IndicatorService indicators;

    @Inject
    CountryService countries;

    @Inject
    ObservationService observations;

    @Inject
    PolicyEventService events;

    void onStart(@Observes StartupEvent event) {
        if (config.sampleData().load()) {
            loadIfAbsent();
        }
    }

    /** @return true when the sample was loaded now, false when an earlier start had loaded it */
    @Transactional
    public boolean loadIfAbsent() {
        SampleFiles.lock(em, DATASET);
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (String f : FILES) {
            bytes.put(f, SampleFiles.read(SampleDataLoader.class, f));
            files.put(f, new String(bytes.get(f), StandardCharsets.UTF_8));
        }
        String checksum = SampleFiles.checksum(bytes.values());
        SampleDataLoad previous = em.find(SampleDataLoad.class, DATASET);
        if (previous != null) {
            if (!previous.checksum.equals(checksum)) {
                LOG.infof("Sample data %s was loaded on %s; the shipped sample has changed since and is not re-applied",
                        DATASET, previous.loadedAt);
            }
            return false;
        }
        int indicatorCount = 0;
        for (IndicatorRequest r : read(files.get("indicators.json"), "indicators.json", IndicatorRequest[].class)) {
            validate("indicators.json", r);
            indicators.create(r, EDITOR, true);
            indicatorCount++;
        }
        JsonNode profiles = readTree(files.get("profiles.json"), "profiles.json");
        for (JsonNode p : profiles) {
            ProfileRequest r = convert(p, ProfileRequest.class);
            validate("profiles.json", r);
            countries.loadSampleProfile(p.get("country").asText(), r, EDITOR);
        }
        List<ImportRow> rows = observations.readCsvRows(new StringReader(files.get("observations.csv")));
        var result = observations.upsert(rows, ImportFormat.CSV, false, true, EDITOR);
        int eventCount = 0;
        for (PolicyEventRequest r : read(files.get("events.json"), "events.json", PolicyEventRequest[].class)) {
            validate("events.json", r);
            events.create(r, EDITOR, true);
            eventCount++;
        }
        SampleDataLoad load = new SampleDataLoad();
        load.dataset = DATASET;
        load.checksum = checksum;
        load.loadedAt = Timestamps.now();
        em.persist(load);
        LOG.infof("Loaded sample data: %d indicators, %d profiles, %d observations, %d policy events",
                indicatorCount, profiles.size(), result.created(), eventCount);
        return true;
    }

    private <T> void validate(String file, T request) {
        List<ProblemError> errors = new ArrayList<>(Violations.check(validator, request, "", null));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Invalid sample data in " + file + ": " + errors);
        }
    }

    private <T> T read(String content, String file, Class<T> type) {
        try {
            return json.readValue(content, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable sample file " + file, e);
        }
    }

    private JsonNode readTree(String content, String file) {
        try {
            return json.readTree(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable sample file " + file, e);
        }
    }

    /** Profiles carry their country code beside the request fields. */
    private <T> T convert(JsonNode node, Class<T> type) {
        JsonNode copy = node.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("country");
        try {
            return json.treeToValue(copy, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Invalid sample profile " + node.get("country"), e);
        }
    }
}
