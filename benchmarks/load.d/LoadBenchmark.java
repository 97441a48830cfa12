import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The load benchmark of benchmarks/README.md, started by {@code benchmarks/load} (which builds the jar, installs
 * wrk and Prism and runs this as a normal user). One run: starts the server jar on its embedded PostgreSQL with
 * the demo data, measures every request of the table with wrk, side by side with the 401 ceiling and with
 * Stoplight Prism, and prints a Markdown table. Next to throughput and latency, which need a quiet machine, it
 * reports what holds on a busy one: CPU time of the server and of the database per request (from /proc), SQL
 * statements per request (pg_stat_statements) and heap allocated per request (the server's own counter, over
 * JMX).
 *
 * <p>Run as {@code java LoadBenchmark.java --jar target/tvilling.jar [options]}; see {@link #USAGE}.
 */
public class LoadBenchmark {

    static final String USAGE =
            """
            Usage: java LoadBenchmark.java --jar SERVER.jar [options]
              --label NAME        name of this run (default: the jar's file name); results go to --out/NAME
              --out DIR           where results, logs and the database go (default: target/benchmark)
              --duration S        seconds measured per request (default 10)
              --warmup S          seconds per warm-up round before each measurement (default 5; rounds go on
                                  until the JIT compilers are nearly idle, at most 60 s)
              --only A,B          only these rows (keys as in results.tsv: ceiling, star-get-login, …, prism,
                                  star-get-login-fixed, star-get-cv-fixed, bcrypt-alone)
              --jvm-opts "..."    options of the server's JVM (default: none, as java -jar)
              --prism DIR         Prism installation (node_modules/.bin/prism below it); no Prism row without
              --compare FILE      results.tsv of an earlier run (the old code): printed side by side
              --profile KEY       record a JFR profile of one row's measurement (hot methods, allocation sites)
              --no-startup        skip the start-up and footprint measurements on an external database
              --home DIR          the checkout whose benchmarks/load.d and api-specs are used (default: .)
              --reuse-database    keep the database of this label's last run (quicker; no first-start time)
            """;

    static final String CEILING = "ceiling";

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        new LoadBenchmark(options).run();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Options

    record Options(
            Path jar,
            String label,
            Path out,
            int duration,
            int warmup,
            List<String> only,
            List<String> jvmOptions,
            Path prism,
            Path compare,
            String profile,
            boolean startup,
            boolean reuseDatabase,
            Path home) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (name.equals("--no-startup") || name.equals("--reuse-database")) {
                    values.put(name, "true");
                } else if (name.startsWith("--") && i + 1 < args.length) {
                    values.put(name, args[++i]);
                } else {
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
            if (!values.containsKey("--jar")) {
                System.err.print(USAGE);
                System.exit(2);
            }
            Path jar = Path.of(values.get("--jar")).toAbsolutePath();
            String label = values.getOrDefault("--label", jar.getFileName().toString().replaceFirst("\\.jar$", ""));
            return new Options(
                    jar,
                    label,
                    Path.of(values.getOrDefault("--out", "target/benchmark")).toAbsolutePath(),
                    Integer.parseInt(values.getOrDefault("--duration", "10")),
                    Integer.parseInt(values.getOrDefault("--warmup", "5")),
                    values.containsKey("--only") ? List.of(values.get("--only").split(",")) : List.of(),
                    values.containsKey("--jvm-opts")
                            ? List.of(values.get("--jvm-opts").trim().split("\\s+"))
                            : List.of(),
                    values.containsKey("--prism") ? Path.of(values.get("--prism")).toAbsolutePath() : null,
                    values.containsKey("--compare") ? Path.of(values.get("--compare")).toAbsolutePath() : null,
                    values.get("--profile"),
                    !values.containsKey("--no-startup"),
                    values.containsKey("--reuse-database"),
                    Path.of(values.getOrDefault("--home", ".")).toAbsolutePath().normalize());
        }

        Path script(String name) {
            return home.resolve("benchmarks/load.d").resolve(name);
        }

        boolean wanted(String key) {
            return only.isEmpty() || only.contains(key);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The requests measured

    /**
     * One row of the table: a request sent over and over by wrk. {@code {uniq}} in a header or the body becomes a
     * value unique to every request (see request.lua).
     */
    record Scenario(
            String key,
            String label,
            String method,
            String path,
            int expected,
            int connections,
            Map<String, String> headers,
            String body) {}

    static final String STAR_CV = "0101901234";

    /**
     * bcrypt-bound rows: a few connections keep both cores busy; 32 would only queue (each waits for the 31
     * ahead of it) and leave seconds of work in flight when wrk stops.
     */
    static final int BCRYPT_CONNECTIONS = 8;
    static final String ALTINN_SYSTEM = "991825827_tvilling_demo";

    List<Scenario> scenarios(Tokens tokens) {
        Map<String, String> star = Map.of("Authorization", "Bearer " + tokens.jobcenter);
        Map<String, String> cv = Map.of("Authorization", "Bearer " + tokens.jobcenter,
                "x-civilRegistrationIdentifier", STAR_CV);
        Map<String, String> json = Map.of("Content-Type", "application/json");
        Map<String, String> vendor = Map.of("Authorization", "Bearer " + tokens.vendor);
        Map<String, String> lequinox = Map.of("Key", "demo-key-se03");
        List<Scenario> all = new ArrayList<>();
        all.add(new Scenario(CEILING, "`GET /star/v1/VirksomhedLogin/12345678` without a token (401): the ceiling",
                "GET", "/star/v1/VirksomhedLogin/12345678", 401, 32, Map.of(), null));
        all.add(new Scenario("star-get-login", "STAR GetVirksomhedLogin (valid token, one row)",
                "GET", "/star/v1/VirksomhedLogin/12345678", 200, 32, star, null));
        all.add(new Scenario("star-set-login", "STAR SetVirksomhedLogin (a new x-requestId each)",
                "PUT", "/star/v1/VirksomhedLogin/12345678", 200, 32,
                Map.of("Authorization", "Bearer " + tokens.starWrite, "x-requestId", "bench-{uniq}"), null));
        all.add(new Scenario("star-get-logins", "STAR GetVirksomhedLogins (the demo's companies)",
                "GET", "/star/v1/VirksomhedLogin", 200, 32, star, null));
        all.add(new Scenario("star-get-cv", "STAR GetLetAsylCv (the full demo CV)",
                "GET", "/star/v1/LetAsylCv", 200, 4, cv, null));
        all.add(new Scenario("star-get-cv-pdf", "STAR GetLetAsylCvPdf (the full demo CV)",
                "GET", "/star/v1/LetAsylCv/pdf", 200, 8, cv, null));
        all.add(new Scenario("altinn-get-system", "Altinn get one system (vendor)",
                "GET", "/authentication/api/v1/systemregister/vendor/" + ALTINN_SYSTEM, 200, 32, vendor, null));
        all.add(new Scenario("altinn-create-system", "Altinn create a system (a new id and client id each)",
                "POST", "/authentication/api/v1/systemregister/vendor", 200, 32, merge(vendor, json),
                """
                {"id":"991825827_bench_{uniq}","vendor":{"authority":"iso6523-actorid-upis","ID":"0192:991825827"},
                 "name":{"nb":"Ytelsestest","en":"Load test","nn":"Ytingstest"},
                 "description":{"nb":"Opprettet av benchmarks/load","en":"Created by benchmarks/load","nn":"Oppretta av benchmarks/load"},
                 "rights":[{"resource":[{"id":"urn:altinn:resource","value":"ske-krav-og-betalinger"}]}],
                 "clientId":["6e0d8a36-5c4b-4f0e-8a51-{uniq}"],"allowedredirecturls":["https://vg.no"],"isVisible":true}
                """));
        // Two users in turn: one user's attempts are counted one after the other (its throttling row is locked
        // for each), so one user alone would keep one core busy, whatever the machine has.
        all.add(new Scenario("heliumv-logon", "HELIUM V logon (bcrypt; users demo and nur001 in turn)",
                "POST", "/restapi/services/rest/api/v1/logon", 201, BCRYPT_CONNECTIONS, json,
                """
                {"username":"demo","password":"demo-pw"}
                ---
                {"username":"nur001","password":"nur001-pw"}
                ---
                """));
        all.add(new Scenario("heliumv-password", "HELIUM V password, a live session (bcrypt)",
                "POST", "/restapi/services/rest/api/v1/password?userid=" + tokens.heliumvSession, 201,
                BCRYPT_CONNECTIONS, json,
                "{\"password\":\"demo-pw\"}"));
        all.add(new Scenario("lequinox-get-access", "Lequinox get access",
                "GET", "/lequinox/server/access/se03.Demo0001.Access01", 200, 32, lequinox, null));
        all.add(new Scenario("lequinox-create-access", "Lequinox create access (ACTIVE)",
                "POST", "/lequinox/server/access", 200, 32, merge(lequinox, json),
                "{\"type\":\"PRIVATE\",\"privateId\":\"se03.Demo0001.Person02\",\"firstName\":\"Örjan\","
                        + "\"lastName\":\"Åkesson\",\"managed\":true}"));
        return all.stream().filter(s -> options.wanted(s.key())).toList();
    }

    static final Scenario PRISM = new Scenario("prism", "Stoplight Prism mocking GetVirksomhedLogin (static example)",
            "GET", "/v1/VirksomhedLogin/12345678", 200, 32, Map.of("Authorization", "Bearer prism"), null);

    /** Fixed-rate runs (half of the measured maximum): the p99 a client sees at that load. */
    static final List<String> FIXED_RATE = List.of("star-get-login", "star-get-cv");

    static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> merged = new LinkedHashMap<>(a);
        merged.putAll(b);
        return merged;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The run

    private final Options options;
    private final Path work;
    private final Map<String, String> results = new LinkedHashMap<>();
    private final StringBuilder details = new StringBuilder();
    private final List<Runnable> cleanups = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private int wrkRun;

    LoadBenchmark(Options options) {
        this.options = options;
        this.work = options.out().resolve(options.label());
    }

    void run() throws Exception {
        Files.createDirectories(work);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> cleanups.reversed().forEach(LoadBenchmark::quietly)));
        long started = System.nanoTime();
        results.put("label", options.label());
        Path data = work.resolve("postgres");
        int dbPort = freePort();

        // 1. First start: a new data directory (initdb, migrations, demo data). pg_stat_statements is switched on
        //    for the next start (it has to be loaded when PostgreSQL starts).
        if (!options.reuseDatabase() || !Files.exists(data.resolve("postgresql.auto.conf"))) {
            deleteRecursively(data);
            log("starting %s on a new embedded database", options.jar().getFileName());
            Server first = Server.start(this, "first", options.jvmOptions(), embedded(data, dbPort));
            results.put("startup-embedded-new-ms", String.valueOf(first.readyMillis));
            try (Connection db = database(dbPort)) {
                execute(db, "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
                execute(db, "ALTER SYSTEM SET pg_stat_statements.track_utility = on");
            }
            first.stop();
        }

        // 2. The measured server: a restart on the data directory of the first.
        Server server = Server.start(this, "server", options.jvmOptions(), embedded(data, dbPort));
        results.put("startup-embedded-restart-ms", String.valueOf(server.readyMillis));
        Thread.sleep(2000);
        results.put("rss-idle-mb", String.valueOf(server.rssKb() / 1024));
        try (Connection db = database(dbPort); Jmx jmx = Jmx.attach(server.pid())) {
            execute(db, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            Tokens tokens = Tokens.fetch(this, server.port);
            Map<String, Measurement> measured = new LinkedHashMap<>();
            waitIdle(server, data);
            for (Scenario scenario : scenarios(tokens)) {
                measured.put(scenario.key(), measure(scenario, server, db, jmx, data));
            }
            results.put("rss-after-load-mb", String.valueOf(server.rssKb() / 1024));
            results.put("rss-peak-mb", String.valueOf(server.peakRssKb() / 1024));
            for (String key : FIXED_RATE) {
                Measurement max = measured.get(key);
                if (max != null && options.wanted(key + "-fixed")) {
                    fixedRate(scenarios(tokens).stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(),
                            max, server);
                    waitIdle(server, data);
                }
            }
            if (options.wanted("bcrypt-alone")) {
                bcryptAlone(db);
            }
        }
        server.stop();

        if (options.prism() != null && options.wanted("prism")) {
            prism();
        }
        if (options.startup()) {
            externalDatabase(data, dbPort);
        }
        results.put("minutes", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 60e9));
        writeResults();
    }

    /** The data directory is kept when the server stops (the server's default): the next start reuses it. */
    private List<String> embedded(Path data, int dbPort) {
        return List.of(
                "--tvilling.embedded-postgres.data-directory=" + data,
                "--tvilling.embedded-postgres.port=" + dbPort);
    }

    /** Warm-up, then the measured run, with the counters read around it. */
    Measurement measure(Scenario scenario, Server server, Connection db, Jmx jmx, Path data) throws Exception {
        log("%s: warm-up, %d s measured, %d connections", scenario.key(), options.duration(), scenario.connections());
        Path headers = writeHeaders(scenario);
        Path body = writeBody(scenario);
        int warmedUp = warmUp(server, scenario, headers, body);
        results.put(scenario.key() + "-warmup-s", String.valueOf(warmedUp));
        waitIdle(server, data);
        execute(db, "SELECT pg_stat_statements_reset()");
        boolean profiling = scenario.key().equals(options.profile());
        if (profiling) {
            jcmd(server.pid(), "JFR.start", "name=bench", "settings=profile");
        }
        Counters before = Counters.read(server, jmx, data);
        WrkResult wrk = wrk(server.port, scenario, headers, body, options.duration());
        Counters after = Counters.read(server, jmx, data);
        waitIdle(server, data);
        if (profiling) {
            Path recording = work.resolve(scenario.key() + ".jfr");
            jcmd(server.pid(), "JFR.stop", "name=bench", "filename=" + recording);
            profile(recording);
        }
        List<String[]> statements = statements(db);
        long statementCount = statements.stream().mapToLong(s -> Long.parseLong(s[0])).sum();
        Measurement m = new Measurement(wrk, before.to(after), statementCount);
        m.record(scenario.key(), results);
        details.append("\n### ").append(scenario.key()).append(": ").append(scenario.label()).append("\n\n")
                .append(String.format(Locale.ROOT,
                        "%,d requests in %.1f s; machine busy %.0f %% (server %.0f %% of which JIT %.0f %% and GC %.0f %%,"
                                + " database %.0f %%, wrk %.0f %%, others %.0f %%); collections %d\n\n",
                        wrk.requests, wrk.seconds(), m.delta.busyShare() * 100, m.delta.share(m.delta.serverTicks) * 100,
                        m.delta.share(m.delta.jitTicks) * 100, m.delta.share(m.delta.gcTicks) * 100,
                        m.delta.share(m.delta.dbTicks) * 100, m.delta.share(m.delta.wrkTicks) * 100,
                        m.delta.othersShare() * 100, m.delta.gcCount))
                .append("| calls/request | statement |\n|---|---|\n");
        for (String[] statement : statements.subList(0, Math.min(8, statements.size()))) {
            details.append(String.format(Locale.ROOT, "| %.2f | `%s` |\n",
                    Long.parseLong(statement[0]) / (double) wrk.requests, abbreviate(statement[1], 140)));
        }
        log("  %s", m.summary());
        return m;
    }

    /**
     * Warm-up in rounds of --warmup seconds until the JIT compilers are nearly done: under 5 % of a core in
     * the last round, at most {@link #LONGEST_WARMUP} seconds. A server whose hot paths are still being compiled
     * is not the server that then runs for days; with a fixed 5 s, the rows measured it half compiled (the JIT
     * threads busy through the measurement, the request paths partly interpreted).
     */
    int warmUp(Server server, Scenario scenario, Path headers, Path body) throws Exception {
        int seconds = 0;
        while (true) {
            long jitBefore = threadTicks(server.pid())[0];
            long start = System.nanoTime();
            wrk(server.port, scenario, headers, body, options.warmup());
            seconds += options.warmup();
            double jitCores = (threadTicks(server.pid())[0] - jitBefore) / (double) CLOCK_TICKS
                    / ((System.nanoTime() - start) / 1e9);
            if (jitCores < 0.05 || seconds >= LONGEST_WARMUP) {
                log("  warmed up for %d s (JIT compilers at %.0f %% of a core in the last %d s)", seconds,
                        jitCores * 100, options.warmup());
                return seconds;
            }
        }
    }

    static final int LONGEST_WARMUP = 60;

    /**
     * Waits until the server and its database are idle: when wrk stops, the requests it had in flight are still
     * being served (a queue of bcrypt logons takes seconds), and they must not run into the next row.
     */
    void waitIdle(Server server, Path data) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long window = 250;
        long before = processTicks(server.pid()) + databaseTicks(data);
        while (System.nanoTime() < deadline) {
            Thread.sleep(window);
            long now = processTicks(server.pid()) + databaseTicks(data);
            if ((now - before) <= CLOCK_TICKS * window / 1000 / 10) {
                return;
            }
            before = now;
        }
        log("  the server did not become idle within 60 s");
    }

    /** wrk with request.lua: the closed-loop maximum at the scenario's connections. */
    WrkResult wrk(int port, Scenario scenario, Path headers, Path body, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "wrk", "-t2", "-c" + scenario.connections(), "-d" + seconds + "s", "--timeout", "10s",
                "-s", options.script("request.lua").toString(),
                "http://127.0.0.1:" + port + scenario.path().replaceFirst("\\?.*", ""),
                "--", scenario.method(), scenario.path(), String.valueOf(scenario.expected()),
                String.valueOf(++wrkRun % 256), headers.toString(), body == null ? "" : body.toString()));
        return WrkResult.parse("WRK", run(command, seconds + 30));
    }

    /** A fixed rate of half the measured maximum, open loop: the latency a client sees at that load. */
    void fixedRate(Scenario scenario, Measurement max, Server server) throws Exception {
        int rate = (int) Math.max(1, Math.round(max.wrk.rps() / 2));
        int threads = 16;
        int seconds = Math.max(options.duration(), 10);
        log("%s: fixed rate %d/s for %d s", scenario.key(), rate, seconds);
        List<String> command = List.of(
                "wrk", "-t" + threads, "-c" + threads, "-d" + seconds + "s", "--timeout", "10s",
                "-s", options.script("fixed-rate.lua").toString(),
                "http://127.0.0.1:" + server.port + scenario.path(),
                "--", scenario.method(), scenario.path(), String.valueOf(scenario.expected()),
                String.format(Locale.ROOT, "%.3f", rate / (double) threads), writeHeaders(scenario).toString());
        WrkResult result = WrkResult.parse("RATE", run(command, seconds + 30));
        String key = scenario.key() + "-fixed";
        results.put(key + "-rate", String.valueOf(rate));
        results.put(key + "-achieved", String.format(Locale.ROOT, "%.0f", result.rps()));
        results.put(key + "-p50-us", String.valueOf(result.p50));
        results.put(key + "-p99-us", String.valueOf(result.p99));
        results.put(key + "-p999-us", String.valueOf(result.p999));
        results.put(key + "-late", String.valueOf(result.late));
        results.put(key + "-errors", String.valueOf(result.errors()));
        log("  achieved %.0f/s, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, late %d, errors %d", result.rps(),
                result.p50 / 1000.0, result.p99 / 1000.0, result.p999 / 1000.0, result.late, result.errors());
    }

    /**
     * What bcrypt alone allows: the stored hash of the demo user checked over and over, on as many threads as
     * the machine has cores, with the same library and cost as the server (spring-security-crypto from its jar).
     */
    void bcryptAlone(Connection db) throws Exception {
        String hash;
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT kennwort_hash FROM heliumv.benutzer WHERE kennung = 'demo'")) {
            row.next();
            hash = row.getString(1).replaceFirst("^\\{bcrypt}", "");
        }
        ClassLoader crypto = libraries("spring-security-crypto-");
        var checkpw = crypto.loadClass("org.springframework.security.crypto.bcrypt.BCrypt")
                .getMethod("checkpw", String.class, String.class);
        int threads = Runtime.getRuntime().availableProcessors();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(5, options.duration() / 2));
        AtomicLong checks = new AtomicLong();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        if (!(Boolean) checkpw.invoke(null, "demo-pw", hash)) {
                            throw new IllegalStateException("the demo password does not match its hash");
                        }
                        checks.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        double perSecond = checks.get() / ((System.nanoTime() - start) / 1e9);
        results.put("bcrypt-alone-rps", String.format(Locale.ROOT, "%.1f", perSecond));
        results.put("bcrypt-cost", hash.substring(4, 6));
        log("bcrypt alone (cost %s, %d threads): %.1f checks/s", hash.substring(4, 6), threads, perSecond);
    }

    /** Prism mocking GetVirksomhedLogin from the same spec, measured as the server's rows are. */
    void prism() throws Exception {
        int port = freePort();
        Path spec = options.home().resolve("api-specs/star-virksomhedlogin.yaml");
        Path logFile = work.resolve("prism.log");
        Process prism = new ProcessBuilder(
                        options.prism().resolve("node_modules/.bin/prism").toString(),
                        "mock", "-h", "127.0.0.1", "-p", String.valueOf(port), "--verboseLevel", "warn",
                        spec.toString())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        cleanups.add(prism::destroyForcibly);
        try {
            waitReady(port, PRISM.path(), Duration.ofSeconds(60), prism);
            log("prism: %d s warm-up, %d s measured", options.warmup(), options.duration());
            Path headers = writeHeaders(PRISM);
            wrk(port, PRISM, headers, null, options.warmup());
            long before = processTicks(prism.pid());
            WrkResult wrk = wrk(port, PRISM, headers, null, options.duration());
            long ticks = processTicks(prism.pid()) - before;
            results.put("prism-rps", String.format(Locale.ROOT, "%.1f", wrk.rps()));
            results.put("prism-p50-us", String.valueOf(wrk.p50));
            results.put("prism-p99-us", String.valueOf(wrk.p99));
            results.put("prism-p999-us", String.valueOf(wrk.p999));
            results.put("prism-cpu-us", String.format(Locale.ROOT, "%.0f", ticks * 1e6 / CLOCK_TICKS / wrk.requests));
            results.put("prism-errors", String.valueOf(wrk.errors()));
            results.put("prism-connections", String.valueOf(PRISM.connections()));
            log("  %.0f/s, p99 %.2f ms, errors %d", wrk.rps(), wrk.p99 / 1000.0, wrk.errors());
        } finally {
            prism.destroy();
            prism.waitFor(10, TimeUnit.SECONDS);
            prism.destroyForcibly();
        }
    }

    /**
     * Start-up on an already running database: PostgreSQL started from the embedded binaries on the same data
     * directory (so the schema is migrated, as on a production restart), the server pointed at it by URL.
     */
    void externalDatabase(Path data, int dbPort) throws Exception {
        Path pgCtl = embeddedBinaries().resolve("pg_ctl");
        Path logFile = work.resolve("postgres-external.log");
        run(List.of(pgCtl.toString(), "-D", data.toString(), "-l", logFile.toString(), "-w", "-o",
                "-p " + dbPort + " -F -c synchronous_commit=off -c max_connections=300 -c timezone=UTC", "start"), 60);
        Runnable stopDatabase = () -> quietlyDo(() -> run(List.of(pgCtl.toString(), "-D", data.toString(), "-m", "fast",
                "-w", "stop"), 60));
        cleanups.add(stopDatabase);
        try {
            List<String> external = List.of(
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + dbPort + "/postgres",
                    "--spring.datasource.username=postgres",
                    "--tvilling.demo-data.enabled=true",
                    "--tvilling.local-issuer.enabled=true");
            Server server = Server.start(this, "external", options.jvmOptions(), external);
            results.put("startup-external-ms", String.valueOf(server.readyMillis));
            Thread.sleep(2000);
            results.put("rss-idle-external-mb", String.valueOf(server.rssKb() / 1024));
            server.stop();
            if (Runtime.version().feature() >= 25) {
                aotCache(external);
            }
        } finally {
            stopDatabase.run();
            cleanups.remove(stopDatabase);
        }
    }

    /**
     * The same start with the JDK's AOT cache (JEP 483/514, JDK 25; README "Faster start-up"): the jar
     * extracted by Spring Boot's tools, one training run that stops after the context refreshed and writes the
     * cache, then the timed start with it.
     */
    void aotCache(List<String> arguments) throws Exception {
        Path dir = work.resolve("aot");
        deleteRecursively(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(List.of(java, "-Djarmode=tools", "-jar", options.jar().toString(), "extract", "--destination",
                dir.toString()), 120);
        Path jar = dir.resolve(options.jar().getFileName());
        Path cache = dir.resolve("tvilling.aot");
        List<String> training = new ArrayList<>(List.of(java, "-XX:AOTCacheOutput=" + cache,
                "-Dspring.context.exit=onRefresh", "-jar", jar.toString(), "--server.port=0"));
        training.addAll(arguments);
        log("  training run for the AOT cache");
        run(training, 300);
        List<String> jvm = new ArrayList<>(options.jvmOptions());
        jvm.add("-XX:AOTCache=" + cache);
        Server server = Server.start(this, "external-aot", jvm, jar, arguments);
        results.put("startup-external-aot-ms", String.valueOf(server.readyMillis));
        server.stop();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Results

    record Measurement(WrkResult wrk, Counters.Delta delta, long statements) {

        double perRequest(double value) {
            return value / Math.max(1, wrk.requests);
        }

        void record(String key, Map<String, String> results) {
            results.put(key + "-connections", String.valueOf(wrk.connections));
            results.put(key + "-rps", String.format(Locale.ROOT, "%.1f", wrk.rps()));
            results.put(key + "-p50-us", String.valueOf(wrk.p50));
            results.put(key + "-p99-us", String.valueOf(wrk.p99));
            results.put(key + "-p999-us", String.valueOf(wrk.p999));
            results.put(key + "-cpu-us", String.format(Locale.ROOT, "%.0f",
                    perRequest(delta.requestTicks() * 1e6 / CLOCK_TICKS)));
            results.put(key + "-jit-cpu-us", String.format(Locale.ROOT, "%.0f",
                    perRequest(delta.jitTicks * 1e6 / CLOCK_TICKS)));
            results.put(key + "-gc-cpu-us", String.format(Locale.ROOT, "%.0f",
                    perRequest(delta.gcTicks * 1e6 / CLOCK_TICKS)));
            results.put(key + "-db-cpu-us", String.format(Locale.ROOT, "%.0f",
                    perRequest(delta.dbTicks * 1e6 / CLOCK_TICKS)));
            results.put(key + "-sql", String.format(Locale.ROOT, "%.2f", perRequest(statements)));
            results.put(key + "-alloc-kb", String.format(Locale.ROOT, "%.1f", perRequest(delta.allocatedBytes / 1024.0)));
            results.put(key + "-errors", String.valueOf(wrk.errors()));
            results.put(key + "-others", String.format(Locale.ROOT, "%.0f", delta.othersShare() * 100));
        }

        String summary() {
            return String.format(Locale.ROOT,
                    "%.0f/s, p50 %.2f ms, p99 %.2f ms, CPU %.0f µs/request (JIT %.0f, GC %.0f, db %.0f),"
                            + " %.2f statements/request, %.1f KB/request, errors %d, others %.0f %%",
                    wrk.rps(), wrk.p50 / 1000.0, wrk.p99 / 1000.0, perRequest(delta.requestTicks() * 1e6 / CLOCK_TICKS),
                    perRequest(delta.jitTicks * 1e6 / CLOCK_TICKS), perRequest(delta.gcTicks * 1e6 / CLOCK_TICKS),
                    perRequest(delta.dbTicks * 1e6 / CLOCK_TICKS), perRequest(statements),
                    perRequest(delta.allocatedBytes / 1024.0), wrk.errors(), delta.othersShare() * 100);
        }
    }

    void writeResults() throws IOException {
        StringBuilder tsv = new StringBuilder();
        results.forEach((key, value) -> tsv.append(key).append('\t').append(value).append('\n'));
        Files.writeString(work.resolve("results.tsv"), tsv);
        Map<String, String> old = options.compare() == null ? null : readResults(options.compare());
        String table = Report.markdown(this, results, old);
        Files.writeString(work.resolve("results.md"), table);
        Files.writeString(work.resolve("details.md"), "# Statements and machine load per row\n" + details);
        System.out.println();
        System.out.print(table);
        log("results in %s (results.md, results.tsv, details.md)", work);
    }

    static Map<String, String> readResults(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2) {
                values.put(parts[0], parts[1]);
            }
        }
        return values;
    }

    /** The Markdown tables: one run, or an old run and this one side by side. */
    static final class Report {

        static final String[] ROW_COLUMNS = {
            "-p50-us", "-p99-us", "-p999-us", "-cpu-us", "-db-cpu-us", "-sql", "-alloc-kb", "-errors"
        };

        static String markdown(LoadBenchmark bench, Map<String, String> now, Map<String, String> old) {
            StringBuilder md = new StringBuilder();
            md.append("Measured ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(", ")
                    .append(machine()).append("; wrk 2 threads on the same machine, loopback; ")
                    .append(bench.options.duration()).append(" s per row after a warm-up in rounds of ")
                    .append(bench.options.warmup()).append(" s until the JIT compilers took under 5 % of a core ")
                    .append("(at most ").append(LONGEST_WARMUP).append(" s); server JVM options: ")
                    .append(bench.options.jvmOptions().isEmpty() ? "none" : String.join(" ", bench.options.jvmOptions()))
                    .append(".\n\n");
            double ceiling = number(now, CEILING + "-rps");
            double ceilingOld = old == null ? 0 : number(old, CEILING + "-rps");
            List<String> keys = new ArrayList<>();
            for (String key : now.keySet()) {
                if (key.endsWith("-rps") && !key.startsWith("bcrypt") && !key.startsWith("prism")) {
                    keys.add(key.substring(0, key.length() - 4));
                }
            }
            Map<String, String> labels = new LinkedHashMap<>();
            for (Scenario s : bench.scenarios(Tokens.NONE)) {
                labels.put(s.key(), s.label());
            }
            labels.put("prism", PRISM.label());
            if (now.containsKey("prism-rps")) {
                keys.add("prism");
            }
            if (old == null) {
                md.append("| request | conn. | rps | share of the ceiling | p50 ms | p99 ms | p99.9 ms |"
                                + " server CPU µs/req | db CPU µs/req | SQL statements/req | heap KB/req | errors |\n")
                        .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
                for (String key : keys) {
                    md.append("| ").append(labels.getOrDefault(key, key)).append(" | ")
                            .append(now.getOrDefault(key + "-connections", "")).append(" | ")
                            .append(rps(now, key)).append(" | ")
                            .append(key.equals("prism") ? "–" : share(number(now, key + "-rps"), ceiling)).append(" | ")
                            .append(cells(null, now, key, ROW_COLUMNS))
                            .append("\n");
                }
            } else {
                md.append("Old: `").append(old.getOrDefault("label", "?")).append("`, new: `")
                        .append(now.getOrDefault("label", "?")).append("`; each cell old → new.\n\n");
                md.append("| request | rps | share of the ceiling | p50 ms | p99 ms | p99.9 ms | server CPU µs/req |"
                                + " db CPU µs/req | SQL statements/req | heap KB/req | errors |\n")
                        .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
                for (String key : keys) {
                    md.append("| ").append(labels.getOrDefault(key, key)).append(" | ")
                            .append(rps(old, key)).append(" → ").append(rps(now, key)).append(" | ")
                            .append(key.equals("prism") ? "–" : share(number(old, key + "-rps"), ceilingOld)
                                    + " → " + share(number(now, key + "-rps"), ceiling)).append(" | ")
                            .append(cells(old, now, key, ROW_COLUMNS))
                            .append("\n");
                }
            }
            md.append("\nrps: answered requests per second (wrk, closed loop at the given connections); share: of the"
                    + " ceiling's rps in the same run; server CPU: CPU time of the server process per request (/proc),"
                    + " its JIT compiler threads left out; db CPU: the PostgreSQL"
                    + " processes; SQL statements: pg_stat_statements, plus one COMMIT per BEGIN; heap: bytes allocated"
                    + " per request (the JVM's own counter); errors: connection errors, timeouts and unexpected"
                    + " statuses.\n");
            if (now.containsKey("bcrypt-alone-rps")) {
                md.append("\nbcrypt alone (cost ").append(now.get("bcrypt-cost")).append(", the demo user's hash, ")
                        .append(Runtime.getRuntime().availableProcessors()).append(" threads): ")
                        .append(old != null && old.containsKey("bcrypt-alone-rps")
                                ? rps(old, "bcrypt-alone") + " → " : "")
                        .append(rps(now, "bcrypt-alone")).append(" checks/s");
                for (String key : List.of("heliumv-logon", "heliumv-password")) {
                    if (now.containsKey(key + "-rps")) {
                        md.append("; ").append(labels.get(key)).append(" at ")
                                .append(share(number(now, key + "-rps"), number(now, "bcrypt-alone-rps")))
                                .append(" of it");
                    }
                }
                md.append(".\n");
            }
            boolean fixed = false;
            for (String key : FIXED_RATE) {
                if (!now.containsKey(key + "-fixed-rate")) {
                    continue;
                }
                if (!fixed) {
                    md.append("\nFixed rate, half of the measured maximum (16 connections, latency counted from when"
                                    + " each request was due):\n\n| request | rate/s | achieved/s | p50 ms | p99 ms |"
                                    + " p99.9 ms | sent late | errors |\n|---|---|---|---|---|---|---|---|\n");
                    fixed = true;
                }
                String k = key + "-fixed";
                md.append("| ").append(labels.getOrDefault(key, key)).append(" | ")
                        .append(cells(old, now, k, "-rate", "-achieved", "-p50-us", "-p99-us", "-p999-us", "-late",
                                "-errors"))
                        .append("\n");
            }
            md.append("\nStart-up (from `java -jar` to the first answered request) and resident memory:\n\n")
                    .append("| measured | value |\n|---|---|\n");
            List<String[]> footprint = List.of(
                    new String[] {"startup-embedded-new-ms", "ready, embedded database, new data directory (ms)"},
                    new String[] {"startup-embedded-restart-ms", "ready, embedded database, existing data (ms)"},
                    new String[] {"startup-external-ms", "ready, already running external database (ms)"},
                    new String[] {"startup-external-aot-ms",
                        "ready, already running external database, with the JDK's AOT cache (ms)"},
                    new String[] {"rss-idle-mb", "resident memory idle, embedded (MB)"},
                    new String[] {"rss-idle-external-mb", "resident memory idle, external database (MB)"},
                    new String[] {"rss-after-load-mb", "resident memory after the load above (MB)"},
                    new String[] {"rss-peak-mb", "resident memory, peak during the load (MB)"});
            for (String[] row : footprint) {
                if (now.containsKey(row[0])) {
                    md.append("| ").append(row[1]).append(" | ").append(pair(old, now, row[0], Report::plain))
                            .append(" |\n");
                }
            }
            md.append("\nOther processes' share of the machine during the rows (wrk not counted): at most ")
                    .append(now.keySet().stream().filter(k -> k.endsWith("-others"))
                            .mapToInt(k -> Integer.parseInt(now.get(k))).max().orElse(0))
                    .append(" %. The run took ").append(now.getOrDefault("minutes", "?")).append(" minutes.\n");
            return md.toString();
        }

        static String machine() {
            String cpu = "unknown CPU";
            try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
                cpu = lines.filter(l -> l.startsWith("model name")).findFirst()
                        .map(l -> l.replaceFirst("^[^:]*:\\s*", "")).orElse(cpu);
            } catch (IOException ignored) {
                // not Linux: the CPU stays unnamed
            }
            long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getTotalMemorySize();
            return String.format(Locale.ROOT, "%d cores (%s), %d GiB, Java %s", Runtime.getRuntime().availableProcessors(),
                    cpu, Math.round(memory / (1024.0 * 1024 * 1024)), System.getProperty("java.version"));
        }

        static double number(Map<String, String> values, String key) {
            String value = values.get(key);
            return value == null ? 0 : Double.parseDouble(value);
        }

        static String rps(Map<String, String> values, String key) {
            String value = values.get(key + "-rps");
            return value == null ? "–" : String.format(Locale.ROOT, "%,.0f", Double.parseDouble(value));
        }

        static String share(double rps, double ceiling) {
            return rps == 0 || ceiling == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * rps / ceiling);
        }

        static String ms(String micros) {
            return String.format(Locale.ROOT, "%.2f", Double.parseDouble(micros) / 1000);
        }

        static String plain(String value) {
            return value;
        }

        /** One "value |" cell per column (old → new when there is an old run); latencies (-us) in ms. */
        static String cells(Map<String, String> old, Map<String, String> now, String key, String... columns) {
            StringBuilder cells = new StringBuilder();
            for (String column : columns) {
                Function<String, String> format = column.endsWith("-us") && !column.endsWith("cpu-us")
                        ? Report::ms
                        : Report::plain;
                cells.append(pair(old, now, key + column, format)).append(" | ");
            }
            return cells.toString().stripTrailing();
        }

        static String pair(Map<String, String> old, Map<String, String> now, String key, Function<String, String> f) {
            String current = now.containsKey(key) ? f.apply(now.get(key)) : "–";
            if (old == null) {
                return current;
            }
            return (old.containsKey(key) ? f.apply(old.get(key)) : "–") + " → " + current;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The server process

    static final class Server {
        final Process process;
        final int port;
        final long readyMillis;
        final LoadBenchmark bench;

        private Server(LoadBenchmark bench, Process process, int port, long readyMillis) {
            this.bench = bench;
            this.process = process;
            this.port = port;
            this.readyMillis = readyMillis;
        }

        static Server start(LoadBenchmark bench, String name, List<String> jvmOptions, List<String> arguments)
                throws Exception {
            return start(bench, name, jvmOptions, bench.options.jar(), arguments);
        }

        static Server start(LoadBenchmark bench, String name, List<String> jvmOptions, Path jar,
                List<String> arguments) throws Exception {
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
            command.addAll(arguments);
            Path logFile = bench.work.resolve(name + ".log");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .directory(bench.work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            bench.cleanups.add(() -> stop(process));
            bench.waitReady(port, "/star/v1/VirksomhedLogin/12345678", Duration.ofMinutes(3), process);
            long ready = (System.nanoTime() - start) / 1_000_000;
            bench.log("  %s: ready in %,d ms (pid %d, port %d)", name, ready, process.pid(), port);
            return new Server(bench, process, port, ready);
        }

        long pid() {
            return process.pid();
        }

        long rssKb() throws IOException {
            return status("VmRSS");
        }

        long peakRssKb() throws IOException {
            return status("VmHWM");
        }

        private long status(String field) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return 0;
        }

        void stop() {
            stop(process);
        }

        static void stop(Process process) {
            if (!process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until the port answers HTTP at all (any status), failing early when the process has died. */
    void waitReady(int port, String path, Duration limit, Process process) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process ended with " + process.exitValue() + " before it was"
                        + " ready; see the logs in " + work);
            }
            try {
                http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("not ready within " + limit + ": " + uri);
    }

    /** Bearer tokens of the demo clients (README "Demo clients") and a HELIUM V session. */
    record Tokens(String jobcenter, String starWrite, String vendor, String heliumvSession) {

        static final Tokens NONE = new Tokens("", "", "", "");

        static Tokens fetch(LoadBenchmark bench, int port) throws Exception {
            return new Tokens(
                    bench.token(port, "jobcenter-101", null),
                    bench.token(port, "star-system", "virksomhedsindsats.login.write"),
                    bench.token(port, "vendor-991825827", "altinn:authentication/systemregister.write"),
                    bench.heliumvSession(port));
        }
    }

    String token(int port, String client, String scope) throws Exception {
        String form = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + scope.replace(":", "%3A")
                .replace("/", "%2F"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                (client + ":" + client + "-secret").getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return member(response, "access_token");
    }

    String heliumvSession(int port) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/restapi/services/rest/api/v1/logon"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"demo\",\"password\":\"demo-pw\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return member(response, "token");
    }

    static String member(HttpResponse<String> response, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() / 100 != 2 || !value.find()) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
        }
        return value.group(1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Counters read around each measurement

    static final long CLOCK_TICKS = clockTicks();

    record Counters(long serverTicks, long jitTicks, long gcTicks, long dbTicks, long wrkTicks, long busyTicks,
            long totalTicks, long allocatedBytes, long gcCount) {

        static Counters read(Server server, Jmx jmx, Path data) throws Exception {
            long[] machine = machineTicks();
            long[] threads = threadTicks(server.pid());
            return new Counters(
                    processTicks(server.pid()),
                    threads[0],
                    threads[1],
                    databaseTicks(data),
                    childrenTicks(),
                    machine[0],
                    machine[1],
                    jmx.allocatedBytes(),
                    jmx.gcCount());
        }

        Delta to(Counters after) {
            return new Delta(after.serverTicks - serverTicks, after.jitTicks - jitTicks, after.gcTicks - gcTicks,
                    after.dbTicks - dbTicks, after.wrkTicks - wrkTicks, after.busyTicks - busyTicks,
                    after.totalTicks - totalTicks, after.allocatedBytes - allocatedBytes, after.gcCount - gcCount);
        }

        /**
         * serverTicks is the whole process; jitTicks its JIT compiler threads (still compiling after a short
         * warm-up, and not a cost of the requests), gcTicks its garbage collector threads (part of serverTicks).
         */
        record Delta(long serverTicks, long jitTicks, long gcTicks, long dbTicks, long wrkTicks, long busyTicks,
                long totalTicks, long allocatedBytes, long gcCount) {

            long requestTicks() {
                return serverTicks - jitTicks;
            }

            double share(long ticks) {
                return totalTicks == 0 ? 0 : ticks / (double) totalTicks;
            }

            double busyShare() {
                return share(busyTicks);
            }

            double othersShare() {
                return Math.max(0, share(busyTicks - serverTicks - dbTicks - wrkTicks));
            }
        }
    }

    /** utime + stime of one process, in clock ticks. */
    static long processTicks(long pid) throws IOException {
        String[] fields = stat(pid);
        return fields == null ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** CPU of the JIT compiler threads and of the garbage collector's threads, by their names in /proc. */
    static long[] threadTicks(long pid) throws IOException {
        long jit = 0;
        long gc = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                String name;
                String line;
                try {
                    name = Files.readString(task.resolve("comm")).trim();
                    line = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                if (name.matches("C\\d CompilerThre.*")) {
                    jit += ticks;
                } else if (name.startsWith("GC Thread") || name.matches("G1 .*")) {
                    gc += ticks;
                }
            }
        }
        return new long[] {jit, gc};
    }

    /** Fields of /proc/PID/stat after the command name (fields[0] is the state, fields[1] the parent). */
    static String[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException gone) {
            return null;
        }
    }

    /** The database: the postmaster with the children it has reaped, and its live children (the backends). */
    static long databaseTicks(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return 0;
        }
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        String[] own = stat(postmaster);
        long ticks = own == null ? 0 : Long.parseLong(own[11]) + Long.parseLong(own[12]) + Long.parseLong(own[13])
                + Long.parseLong(own[14]);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] fields = stat(Long.parseLong(process.getFileName().toString()));
                if (fields != null && Long.parseLong(fields[1]) == postmaster) {
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        }
        return ticks;
    }

    /** CPU time of this harness's ended children (wrk), in clock ticks. */
    static long childrenTicks() {
        String[] own = stat(ProcessHandle.current().pid());
        return Long.parseLong(own[13]) + Long.parseLong(own[14]);
    }

    /** The machine's busy and total clock ticks, from the first line of /proc/stat. */
    static long[] machineTicks() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < cpu.length; i++) {
            total += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        return new long[] {total - idle, total};
    }

    static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            return Long.parseLong(new String(getconf.getInputStream().readAllBytes()).trim());
        } catch (IOException | NumberFormatException e) {
            return 100;
        }
    }

    /** The server's own counters over JMX (the local management agent, attached by process id). */
    static final class Jmx implements AutoCloseable {
        private final JMXConnector connector;
        private final MBeanServerConnection server;

        private Jmx(JMXConnector connector) throws IOException {
            this.connector = connector;
            this.server = connector.getMBeanServerConnection();
        }

        static Jmx attach(long pid) throws Exception {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
            try {
                return new Jmx(JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent())));
            } finally {
                vm.detach();
            }
        }

        long allocatedBytes() throws Exception {
            return (Long) server.getAttribute(new ObjectName("java.lang:type=Threading"), "TotalThreadAllocatedBytes");
        }

        long gcCount() throws Exception {
            long count = 0;
            for (ObjectName gc : server.queryNames(new ObjectName("java.lang:type=GarbageCollector,*"), null)) {
                count += (Long) server.getAttribute(gc, "CollectionCount");
            }
            return count;
        }

        @Override
        public void close() throws IOException {
            connector.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // wrk

    record WrkResult(int connections, long requests, long durationMicros, long errorsConnect, long errorsRead,
            long errorsWrite, long errorsTimeout, long errorsStatus, long late, long p50, long p99, long p999) {

        static WrkResult parse(String prefix, String output) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : output.split("\n")) {
                if (line.startsWith(prefix + " ")) {
                    for (String pair : line.substring(prefix.length() + 1).trim().split(" ")) {
                        String[] kv = pair.split("=", 2);
                        values.put(kv[0], kv[1]);
                    }
                }
            }
            if (values.isEmpty()) {
                throw new IllegalStateException("wrk printed no results:\n" + output);
            }
            Matcher connections = Pattern.compile("(\\d+) threads and (\\d+) connections").matcher(output);
            Function<String, Long> number = key -> (long) Double.parseDouble(values.getOrDefault(key, "0"));
            return new WrkResult(connections.find() ? Integer.parseInt(connections.group(2)) : 0,
                    number.apply("requests"), number.apply("duration_us"), number.apply("connect"),
                    number.apply("read"), number.apply("write"), number.apply("timeout"), number.apply("status"),
                    number.apply("late"), number.apply("p50"), number.apply("p99"), number.apply("p999"));
        }

        double seconds() {
            return durationMicros / 1e6;
        }

        double rps() {
            return requests / seconds();
        }

        long errors() {
            return errorsConnect + errorsRead + errorsWrite + errorsTimeout + errorsStatus;
        }
    }

    private Path writeHeaders(Scenario scenario) throws IOException {
        StringBuilder lines = new StringBuilder();
        scenario.headers().forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        Path file = work.resolve("headers-" + scenario.key() + ".txt");
        Files.writeString(file, lines);
        return file;
    }

    private Path writeBody(Scenario scenario) throws IOException {
        if (scenario.body() == null) {
            return null;
        }
        Path file = work.resolve("body-" + scenario.key() + ".json");
        Files.writeString(file, scenario.body());
        return file;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The database

    Connection database(int port) throws Exception {
        Driver driver = (Driver) libraries("postgresql-").loadClass("org.postgresql.Driver")
                .getDeclaredConstructor().newInstance();
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        return driver.connect("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
    }

    static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * The statements since the last reset, most called first: {calls, text}; the harness's own are left out.
     * pg_stat_statements does not list the COMMITs the JDBC driver sends (it lists each BEGIN), so each
     * transaction's COMMIT is added as one more statement, as it is one more round trip.
     */
    static List<String[]> statements(Connection db) throws SQLException {
        List<String[]> statements = new ArrayList<>();
        long transactions = 0;
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT calls, query FROM pg_stat_statements"
                        + " WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY calls DESC")) {
            while (rows.next()) {
                statements.add(new String[] {String.valueOf(rows.getLong(1)), rows.getString(2)});
                if (rows.getString(2).toUpperCase(Locale.ROOT).startsWith("BEGIN")) {
                    transactions += rows.getLong(1);
                }
            }
        }
        if (transactions > 0) {
            statements.add(new String[] {String.valueOf(transactions), "COMMIT (one per BEGIN)"});
            statements.sort((a, b) -> Long.compare(Long.parseLong(b[0]), Long.parseLong(a[0])));
        }
        return statements;
    }

    /** A class loader over libraries of the server's jar (BOOT-INF/lib), e.g. its JDBC driver. */
    ClassLoader libraries(String prefix) throws IOException {
        List<URL> urls = new ArrayList<>();
        try (ZipFile jar = new ZipFile(options.jar().toFile())) {
            for (var entry : jar.stream().filter(e -> e.getName().startsWith("BOOT-INF/lib/" + prefix)).toList()) {
                Path copy = work.resolve("lib").resolve(Path.of(entry.getName()).getFileName());
                Files.createDirectories(copy.getParent());
                try (var in = jar.getInputStream(entry)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                urls.add(copy.toUri().toURL());
            }
        }
        if (urls.isEmpty()) {
            throw new IllegalStateException("no BOOT-INF/lib/" + prefix + "* in " + options.jar());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** The PostgreSQL binaries the embedded database unpacked (io.zonky: java.io.tmpdir/embedded-pg/PG-*). */
    static Path embeddedBinaries() throws IOException {
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.map(d -> d.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries under " + root));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Profiles

    void jcmd(long pid, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        run(line, 60);
    }

    void profile(Path recording) throws Exception {
        String jfr = Path.of(System.getProperty("java.home"), "bin", "jfr").toString();
        StringBuilder text = new StringBuilder();
        for (String view : List.of("hot-methods", "allocation-by-site")) {
            text.append(run(List.of(jfr, "view", "--width", "220", view, recording.toString()), 120));
        }
        Path file = Path.of(recording.toString().replaceFirst("\\.jfr$", ".txt"));
        Files.writeString(file, text);
        log("  profile: %s (and %s; open it in JDK Mission Control, or `jfr view` it)", file, recording);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers

    String run(List<String> command, int timeoutSeconds) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        cleanups.add(process::destroyForcibly);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir.resolve("postmaster.pid"))) {
            throw new IllegalStateException("a PostgreSQL may still run on " + dir + ": stop it first (pg_ctl -D "
                    + dir + " stop) or delete the directory");
        }
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    void log(String format, Object... args) {
        System.err.printf("[load %tT] %s%n", System.currentTimeMillis(), String.format(Locale.ROOT, format, args));
    }

    static String abbreviate(String text, int length) {
        String line = text.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'");
        return line.length() <= length ? line : line.substring(0, length - 1) + "…";
    }

    interface Action {
        void run() throws Exception;
    }

    static void quietlyDo(Action action) {
        try {
            action.run();
        } catch (Exception ignored) {
            // cleaning up: what is already gone stays gone
        }
    }

    static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ignored) {
            // cleaning up
        }
    }
}
