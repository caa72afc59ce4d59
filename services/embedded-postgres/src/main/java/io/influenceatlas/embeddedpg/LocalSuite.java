package io.influenceatlas.embeddedpg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command: one embedded PostgreSQL server (data kept in {@code .local-data/}),
 * a database per service, every service started as its own process on its own port, waited on
 * until ready, and all stopped on Ctrl-C. The services to start are listed in local-suite.properties.
 */
public final class LocalSuite {

    private final Path root;
    private final Path dataDir;
    private final int pgPort;
    private final List<ServiceSpec> services;
    /** Guarded by this: the shutdown hook may run while services are still being started. */
    private final List<Process> processes = new ArrayList<>();
    private volatile EmbeddedPostgres postgres;
    private volatile boolean stopping;

    /** A service to start: its module name, HTTP port, database (and role) and extra environment. */
    public record ServiceSpec(String name, int port, String database, Map<String, String> env) {
    }

    private LocalSuite(Path root, Path dataDir, int pgPort, List<ServiceSpec> services) {
        this.root = root;
        this.dataDir = dataDir;
        this.pgPort = pgPort;
        this.services = services;
    }

    /**
     * Starts the given services (built jars under {@code root}) on a PostgreSQL kept in {@code dataDir}
     * and returns once every one is ready; {@link #stop()} ends them. Used by a test of the whole suite.
     */
    public static LocalSuite start(Path root, Path dataDir, int pgPort, List<ServiceSpec> services) throws Exception {
        LocalSuite suite = new LocalSuite(root, dataDir, pgPort, services);
        try {
            suite.start();
        } catch (Exception e) {
            suite.stop();
            throw e;
        }
        return suite;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int pgPort = Integer.parseInt(System.getenv().getOrDefault("ATLAS_PG_PORT", "15432"));
        // ATLAS_DATA_DIR and ATLAS_SERVICES let a benchmark run a subset on a throw-away database.
        String dir = System.getenv("ATLAS_DATA_DIR");
        Path dataDir = dir == null || dir.isBlank() ? root.resolve(".local-data") : Path.of(dir).toAbsolutePath();
        LocalSuite suite = new LocalSuite(root, dataDir, pgPort, readSpecs());
        Runtime.getRuntime().addShutdownHook(new Thread(suite::stop, "local-suite-stop"));
        try {
            suite.start();
        } catch (Exception e) {
            System.err.println("Start failed: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("Press Ctrl-C to stop.");
        suite.watch();
    }

    /** Returns when a service exits; unless the suite is already stopping, stops everything. */
    private void watch() {
        List<ServiceSpec> specs = services;
        List<java.util.concurrent.CompletableFuture<Process>> exits;
        synchronized (this) {
            exits = processes.stream().map(Process::onExit).toList();
        }
        java.util.concurrent.CompletableFuture.anyOf(exits.toArray(java.util.concurrent.CompletableFuture[]::new)).join();
        if (!stopping) {
            for (int i = 0; i < exits.size(); i++) {
                if (exits.get(i).isDone()) {
                    System.err.printf("%s exited with code %d; stopping the suite (see its log)%n",
                            specs.get(i).name(), exits.get(i).join().exitValue());
                }
            }
            System.exit(1);
        }
    }

    /** The services of local-suite.properties (those in ATLAS_SERVICES when it is set). */
    public static List<ServiceSpec> readSpecs() throws IOException {
        Properties props = new Properties();
        try (InputStream in = LocalSuite.class.getResourceAsStream("/local-suite.properties")) {
            props.load(in);
        }
        List<ServiceSpec> specs = new ArrayList<>();
        for (String name : props.getProperty("services").split(",")) {
            String n = name.trim();
            String only = System.getenv("ATLAS_SERVICES");
            if (only != null && !only.isBlank() && !List.of(only.split(",")).contains(n)) {
                continue;
            }
            Map<String, String> env = new LinkedHashMap<>();
            String prefix = n + ".env.";
            props.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).sorted()
                    .forEach(k -> env.put(k.substring(prefix.length()), props.getProperty(k)));
            specs.add(new ServiceSpec(n, Integer.parseInt(props.getProperty(n + ".port")),
                    props.getProperty(n + ".database"), env));
        }
        return specs;
    }

    private void start() throws IOException, SQLException, InterruptedException {
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(dataDir.resolve("logs"));
        boolean fresh = !Files.exists(pgData.resolve("postgresql.conf"));
        System.out.printf("Starting PostgreSQL on port %d (%s data in %s)%n", pgPort, fresh ? "new" : "existing", pgData);
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPort(pgPort)
                .start();
        for (ServiceSpec s : services) {
            ensureDatabase(s.database());
        }
        for (ServiceSpec s : services) {
            synchronized (this) {
                if (stopping) {
                    return;
                }
                processes.add(launch(s));
            }
        }
        for (int i = 0; i < services.size(); i++) {
            Process p;
            synchronized (this) {
                p = processes.get(i);
            }
            awaitReady(services.get(i), p);
        }
        System.out.println();
        System.out.println("Influence Atlas is running:");
        for (ServiceSpec s : services) {
            String base = "http://localhost:" + s.port();
            System.out.printf("  %-20s API %s   Swagger UI %s/q/swagger-ui   OpenAPI %s/q/openapi%n",
                    s.name(), base, base, base);
        }
        System.out.printf("  logs in %s%n", dataDir.resolve("logs"));
    }

    /** One role and one database per service, as in a cluster; created on first start only. */
    private void ensureDatabase(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"))) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                ps.setString(1, database);
                exists = ps.executeQuery().next();
            }
            if (!exists) {
                try (Statement st = c.createStatement()) {
                    st.execute("create role " + database + " login password '" + database + "'");
                    st.execute("create database " + database + " owner " + database);
                }
                System.out.println("Created database " + database);
            }
        }
    }

    private Process launch(ServiceSpec s) throws IOException {
        Path jar = root.resolve("services").resolve(s.name()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IOException(jar + " is missing: build with ./mvnw package -DskipTests first");
        }
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-jar", jar.toString());
        pb.directory(root.toFile());
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(s.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + pgPort + "/" + s.database());
        env.put("QUARKUS_DATASOURCE_USERNAME", s.database());
        env.put("QUARKUS_DATASOURCE_PASSWORD", s.database());
        env.putAll(s.env());
        Path log = dataDir.resolve("logs").resolve(s.name() + ".log");
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        System.out.printf("Starting %s on port %d (log: %s)%n", s.name(), s.port(), log);
        return pb.start();
    }

    private void awaitReady(ServiceSpec s, Process p) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ready = URI.create("http://localhost:" + s.port() + "/q/health/ready");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new IOException(s.name() + " exited with code " + p.exitValue() + "; see its log");
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    System.out.printf("%s is ready%n", s.name());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IOException(s.name() + " was not ready within 180 s; see its log");
    }

    public void stop() {
        List<Process> running;
        synchronized (this) {
            stopping = true;
            running = List.copyOf(processes);
        }
        for (Process p : running) {
            p.destroy();
        }
        for (Process p : running) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.out.println("Stopped.");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
