package io.influenceatlas.scoring.sample;

import io.influenceatlas.common.problem.ProblemException;
import io.influenceatlas.common.problem.ProblemType;
import io.influenceatlas.scoring.api.RunRequest;
import io.influenceatlas.scoring.api.RunView;
import io.influenceatlas.scoring.config.AtlasConfig;
import io.influenceatlas.scoring.domain.ScoreRun;
import io.influenceatlas.scoring.service.RunService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * When enabled (dev and the README's run command), makes a first run of the default methodology if
 * none exists, so a fresh suite has a ranking to read. The other services start at the same time,
 * so it retries while they answer 503, then gives up with a log line.
 */
@ApplicationScoped
public class FirstRun {

    private static final Logger LOG = Logger.getLogger(FirstRun.class);

    @Inject
    AtlasConfig config;

    @Inject
    RunService runs;

    private volatile Thread worker;

    // After the default methodology is installed (observers of default priority).
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        AtlasConfig.FirstRun settings = config.scoring().firstRun();
        if (!settings.enabled()) {
            return;
        }
        Thread t = new Thread(() -> attempt(settings), "first-run");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        Thread t = worker;
        if (t != null) {
            t.interrupt();
        }
    }

    private void attempt(AtlasConfig.FirstRun settings) {
        String key = config.scoring().defaultMethodology();
        if (QuarkusTransaction.requiringNew().call(() -> ScoreRun.count("methodologyKey", key)) > 0) {
            return;
        }
        for (int i = 1; i <= settings.attempts(); i++) {
            try {
                RunView run = runs.run(new RunRequest(key, null, settings.year(), null), "influence-atlas");
                LOG.infof("First run of %s for %d: run %d, %d of %d countries scored", key, settings.year(), run.id(),
                        run.countriesScored(), run.countriesTotal());
                return;
            } catch (ProblemException e) {
                if (e.type() != ProblemType.SERVICE_UNAVAILABLE) {
                    LOG.errorf("First run of %s failed: %s %s", key, e.getMessage(), e.errors());
                    return;
                }
                LOG.debugf("First run waits for the sources (attempt %d): %s", i, e.getMessage());
            } catch (RuntimeException e) {
                LOG.errorf(e, "First run of %s failed", key);
                return;
            }
            try {
                Thread.sleep(settings.retryEvery().toMillis());
            } catch (InterruptedException stop) {
                return;
            }
        }
        LOG.warnf("First run of %s gave up after %d attempts: the sources did not answer", key, settings.attempts());
    }
}
