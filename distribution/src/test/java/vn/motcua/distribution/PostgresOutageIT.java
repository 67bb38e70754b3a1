package vn.motcua.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * PostgreSQL going away under the runtime: restarted in the middle of an intake load, and down while
 * a runtime starts. The clerks get 201 or a clean 503 (JSON error {@code database.unavailable},
 * {@code Retry-After}), never a 500 or a dropped connection; intake works again once the server is
 * back, without restarting Karaf; and no dossier is half-written. Runs the assembly as a process of
 * its own on the shipped PostgreSQL datasource file, against the server that .ci/run starts, which it
 * stops and starts through the script named by {@value #CONTROL} (.ci/run writes one; it takes
 * {@code stop} or {@code start}). Without that script, or without {@value MotcuaTestSupport#POSTGRESQL_URL},
 * the test is skipped.
 */
public class PostgresOutageIT {

    /** System property: a script that stops ({@code stop}) or starts ({@code start}) the test's PostgreSQL server. */
    static final String CONTROL = "motcua.test.postgresql.control";
    private static final String SCHEMA = "motcua_outage";
    private static final String[] CLERKS = {"tn.vocuong", "tn.vuninh", "tn.thicau", "tn.kimchan"};
    private static final Map<String, String> AGENCY = Map.of("tn.vocuong", "000.10.01.H07", "tn.vuninh",
            "000.01.01.H07", "tn.thicau", "000.03.01.H07", "tn.kimchan", "000.15.01.H07");
    private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");
    /** Requests in flight at once: a COMMIT that PostgreSQL carried out as it shut down may still answer 503. */
    private static final int CLIENTS = 8;

    private static String url;
    private static String control;
    private static AssemblyProcess runtime;
    private static boolean serverStopped;

    @BeforeClass
    public static void runtimeOnPostgresql() throws Exception {
        url = configured(MotcuaTestSupport.POSTGRESQL_URL);
        control = configured(CONTROL);
        assumeTrue("no PostgreSQL server to restart (" + MotcuaTestSupport.POSTGRESQL_URL + " and " + CONTROL
                + " are set by .ci/run)", url != null && control != null);
        runtime = new AssemblyProcess("pg-outage-runtime");
        // the example file that motcua-persistence ships (into etc/ at the first boot), pointed at the
        // test server and a schema of this test's own
        String shipped = Files.readString(
                Path.of("..", "features", "src", "main", "resources", "org.ops4j.datasource-motcua.cfg.postgresql"));
        String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
                + "&connectTimeout=5&socketTimeout=120&ApplicationName=motcua-outage-it";
        String cfg = shipped.lines()
                .filter(l -> !l.startsWith("user =") && !l.startsWith("password =")) // in the test URL
                .map(l -> l.startsWith("url =") ? "url = " + inSchema : l)
                .collect(Collectors.joining("\n", "", "\n"));
        assertTrue("the shipped file names no url", cfg.contains("url = " + inSchema));
        Files.writeString(runtime.dir().resolve("etc/org.ops4j.datasource-motcua.cfg"), cfg);
    }

    @After
    public void stopRuntime() throws Exception {
        if (runtime != null) {
            runtime.kill();
        }
        if (serverStopped) {
            control("start");
        }
    }

    @AfterClass
    public static void dropSchema() throws SQLException {
        if (url != null && control != null) {
            sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    public void aRestartUnderIntakeAnswers503ThenServesAgainAndHalfWritesNothing() throws Exception {
        freshSchema();
        runtime.start();
        Set<String> created = ConcurrentHashMap.newKeySet();
        AtomicLong lastCreatedAt = new AtomicLong();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicReference<String> retryAfter = new AtomicReference<>();
        List<String> unclean = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String clerk = CLERKS[c % CLERKS.length];
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    String name = "Người Nộp Khi Khởi Động Lại " + sequence.incrementAndGet();
                    String problem;
                    try {
                        HttpResponse<String> r = runtime.post("/api/dossiers", clerk,
                                AssemblyProcess.reception(AGENCY.get(clerk), name));
                        Matcher m = CODE.matcher(r.body());
                        if (r.statusCode() == 201 && m.find()) {
                            created.add(m.group(1));
                            lastCreatedAt.set(System.nanoTime());
                            continue;
                        }
                        if (r.statusCode() == 503 && r.body().contains("\"error\":\"database.unavailable\"")) {
                            unavailable.incrementAndGet();
                            r.headers().firstValue("Retry-After").ifPresent(retryAfter::set);
                            pause(50);
                            continue;
                        }
                        problem = r.statusCode() + " " + r.body();
                    } catch (IOException e) {
                        problem = "no answer: " + e;
                    } catch (InterruptedException e) {
                        return;
                    }
                    synchronized (unclean) {
                        unclean.add(problem);
                    }
                }
            }, "outage-client-" + c);
            t.start();
            clients.add(t);
        }
        try {
            awaitTrue("200 dossiers received before the restart", Duration.ofSeconds(60), () -> created.size() >= 200);
            int before = created.size();
            control("stop");
            awaitTrue("a 503 while PostgreSQL is down", Duration.ofSeconds(30), () -> unavailable.get() > 0);
            pause(3000);
            int duringOutage = created.size();
            control("start");
            long restarted = System.nanoTime();
            awaitTrue("a 201 again once PostgreSQL is back, without restarting Karaf", Duration.ofSeconds(60),
                    () -> lastCreatedAt.get() > restarted);
            pause(2000);
            System.out.printf("PostgresOutageIT: %d dossiers answered 201 before the stop, %d during the stop, "
                    + "%d in all; %d answers 503; back %d ms after the start%n", before, duringOutage - before,
                    created.size(), unavailable.get(), TimeUnit.NANOSECONDS.toMillis(lastCreatedAt.get() - restarted));
        } finally {
            stop.set(true);
            for (Thread t : clients) {
                t.join(40_000);
            }
        }
        synchronized (unclean) {
            assertTrue("answers other than 201 or a JSON 503 (" + unclean.size() + "): "
                    + unclean.subList(0, Math.min(5, unclean.size())), unclean.isEmpty());
        }
        assertEquals("Retry-After of a 503", "5", retryAfter.get());
        runtime.assertAlive();

        Set<String> stored = codes("SELECT CODE FROM DOSSIER");
        Set<String> lost = new HashSet<>(created);
        lost.removeAll(stored);
        assertTrue("answered 201 but not stored: " + lost, lost.isEmpty());
        assertTrue("stored " + stored.size() + " for " + created.size() + " answered 201: more than one per request "
                + "in flight", stored.size() - created.size() <= CLIENTS);
        assertEquals("dossiers without their first audit entry, documents or outbox message", 0, count(
                "SELECT COUNT(*) FROM DOSSIER d WHERE NOT EXISTS (SELECT 1 FROM AUDIT_ENTRY a WHERE a.DOSSIER_CODE = d.CODE "
                        + "AND a.SEQ = 1) OR NOT EXISTS (SELECT 1 FROM DOSSIER_DOCUMENT x WHERE x.DOSSIER_CODE = d.CODE) "
                        + "OR NOT EXISTS (SELECT 1 FROM OUTBOX o WHERE o.DOSSIER_CODE = d.CODE AND o.SEQ = 1)"));
        assertEquals("dossiers received counted by the statistics", count("SELECT COUNT(*) FROM DOSSIER WHERE "
                + "RECEIVED_AT IS NOT NULL"), count("SELECT COALESCE(SUM(RECEIVED), 0) FROM DAILY_STATS"));
        assertEquals("day counters that do not equal their dossiers", 0, count("SELECT COUNT(*) FROM DOSSIER_COUNTER c "
                + "WHERE c.LAST_NUMBER <> (SELECT COUNT(*) FROM DOSSIER d WHERE d.AGENCY_CODE = c.AGENCY_CODE "
                + "AND CAST(d.SUBMITTED_AT AS DATE) = c.RECEIVED_DAY)"));
    }

    @Test
    public void aRuntimeStartedWithTheDatabaseDownAnswers503AndServesOnceItIsBack() throws Exception {
        freshSchema();
        control("stop");
        Path log = runtime.dir().resolve("data/log/karaf.log");
        Files.deleteIfExists(log);
        runtime.launch();
        String body = reception("Nguyễn Văn Chờ");
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        awaitTrue("a 503 from the runtime started while PostgreSQL is down", Duration.ofSeconds(120), () -> {
            runtime.assertAlive();
            HttpResponse<String> r = postQuietly(body);
            answer.set(r);
            // (while its REST API is still starting the runtime answers 503 service.unavailable: not this one)
            return r != null && r.statusCode() == 503 && r.body().contains("\"error\":\"database.unavailable\"");
        });
        assertTrue(answer.get().body(), answer.get().body().contains("\"error\":\"database.unavailable\""));
        assertEquals("5", answer.get().headers().firstValue("Retry-After").orElse(null));
        assertTrue("karaf.log names the datasource file", Files.readString(log, StandardCharsets.UTF_8)
                .contains("motcua cannot use its database (etc/org.ops4j.datasource-motcua.cfg)"));

        control("start");
        awaitTrue("a 201 once PostgreSQL is back, without restarting Karaf", Duration.ofSeconds(60), () -> {
            HttpResponse<String> r = postQuietly(body);
            answer.set(r);
            return r != null && r.statusCode() == 201;
        });
        Matcher m = CODE.matcher(answer.get().body());
        assertTrue(answer.get().body(), m.find());
        assertEquals(Set.of(m.group(1)), codes("SELECT CODE FROM DOSSIER"));
        assertTrue("karaf.log says the database is back", Files.readString(log, StandardCharsets.UTF_8)
                .contains("The motcua database is reachable again"));
        assertTrue("the schema was migrated once the database was back",
                count("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE DOSSIER_CODE = '" + m.group(1) + "'") == 1);
    }

    private HttpResponse<String> postQuietly(String body) throws InterruptedException {
        try {
            return runtime.post("/api/dossiers", "tn.vocuong", body);
        } catch (IOException e) {
            return null; // not listening yet
        }
    }

    private static String reception(String applicant) {
        return AssemblyProcess.reception(AGENCY.get("tn.vocuong"), applicant);
    }

    /** Runs the control script; waits for it (pg_ctl -w returns once the server is down or up). */
    private static void control(String action) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(control, action).redirectErrorStream(true).inheritIO().start();
        assertTrue(control + " " + action + " did not finish in 90 s", p.waitFor(90, TimeUnit.SECONDS));
        assertEquals(control + " " + action, 0, p.exitValue());
        serverStopped = action.equals("stop");
    }

    private static void freshSchema() throws SQLException {
        sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        sql("CREATE SCHEMA " + SCHEMA);
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static Set<String> codes(String query) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Connection c = inSchema(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        return codes;
    }

    private static long count(String query) throws SQLException {
        try (Connection c = inSchema(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Connection inSchema() throws SQLException {
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(String what, Duration within, Condition condition) throws Exception {
        long until = System.nanoTime() + within.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > until) {
                fail("not within " + within.toSeconds() + " s: " + what);
            }
            pause(250);
        }
    }

    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }

    /** A system property's value, or null when unset (Maven passes an unset variable as its own ${…}). */
    private static String configured(String property) {
        String v = System.getProperty(property, "");
        return v.isBlank() || v.startsWith("${") ? null : v;
    }
}
