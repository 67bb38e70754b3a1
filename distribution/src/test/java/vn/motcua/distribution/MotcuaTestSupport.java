package vn.motcua.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ProcedureCatalog;

/**
 * One Karaf for the whole suite: the assembly this module has just built, unpacked under
 * target/exam, on free ports, using only the local Maven repository. Tests talk to it as clients
 * do (HTTP on the published port, the shell) and look inside through OSGi services.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class MotcuaTestSupport {

    /** The Karaf the assembly is built on. */
    private static final String KARAF_VERSION = System.getProperty("karaf.version", "4.4.10");
    /** The demo password of the motcua-demo accounts. */
    protected static final String DEMO_PASSWORD = "motcua@demo";
    protected static final String VO_CUONG = "000.10.01.H07";
    protected static final String VU_NINH = "000.01.01.H07";
    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    protected BundleContext bundleContext;

    protected SessionFactory sessionFactory;

    protected ProcedureCatalog procedureCatalog;

    /**
     * Why the runtime is not usable, once a test found out (in the container, so shared by the
     * suite's tests): the rest fail at once with it instead of each waiting out the same timeouts.
     */
    private static volatile String runtimeFailure;
    /** Whether a test found the runtime ready once (a later failure is not a boot that failed). */
    private static volatile boolean cameUp;

    @Configuration
    public Option[] config() {
        String distribution = System.getProperty("motcua.distribution");
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        String httpPort = Integer.toString(freePort());
        String postgresql = System.getProperty(POSTGRESQL_URL, "");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration().frameworkUrl(new File(distribution).toURI().toString())
                        .karafVersion(KARAF_VERSION).name("motcua")
                        .unpackDirectory(new File(postgresql.isBlank() ? "target/exam" : "target/exam-postgresql"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                // the runtime's folder (logs, database) stays under target/exam for a failing run's reader
                keepRuntimeFolder(),
                logLevel(LogLevel.WARN),
                systemTimeout(180_000),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                editConfigurationFilePut("etc/system.properties", "motcua.test.httpPort", httpPort),
                // what is still @Inject-ed (features service) is there early; awaitRuntime waits for the rest
                editConfigurationFilePut("etc/system.properties", "pax.exam.service.timeout", "60000"),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        localRepository),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", ""),
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "updateSnapshots", "none"),
                vmOption("-Duser.timezone=Asia/Ho_Chi_Minh"),
                vmOption("-Dfile.encoding=UTF-8"),
                vmOption("-Xmx512m")));
        // the long fuzzing variant: -Dmotcua.fuzz.perOperation=… -Dmotcua.fuzz.seed=… on the mvn command line
        for (String fuzz : new String[] {"motcua.fuzz.perOperation", "motcua.fuzz.seed"}) {
            if (System.getProperty(fuzz) != null) {
                options.add(vmOption("-D" + fuzz + "=" + System.getProperty(fuzz)));
            }
        }
        // what bin/karaf passes on Java 9+ (Karaf's KarafTestSupport does the same), except the
        // spec locator patched into java.base and java.xml: with those, the boot features never
        // finished on a fresh CI machine (though they did here); without them the specs activator
        // logs an OsgiLocator NoClassDefFoundError per bundle event while the boot features resolve
        for (String opens : new String[] {"java.base/java.security", "java.base/java.net", "java.base/java.lang",
            "java.base/java.util", "java.naming/javax.naming.spi", "java.rmi/sun.rmi.transport.tcp"}) {
            options.add(vmOption("--add-opens"));
            options.add(vmOption(opens + "=ALL-UNNAMED"));
        }
        for (String exports : new String[] {"java.base/sun.net.www.protocol.file", "java.base/sun.net.www.protocol.ftp",
            "java.base/sun.net.www.protocol.http", "java.base/sun.net.www.protocol.https",
            "java.base/sun.net.www.protocol.jar", "java.base/sun.net.www.content.text",
            "jdk.naming.rmi/com.sun.jndi.url.rmi", "java.rmi/sun.rmi.registry"}) {
            options.add(vmOption("--add-exports=" + exports + "=ALL-UNNAMED"));
        }
        options.add(vmOption("-classpath"));
        options.add(vmOption("lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*"));
        if (!postgresql.isBlank()) {
            options.addAll(postgresql(postgresql));
        }
        return options.toArray(new Option[0]);
    }

    /**
     * The system property that makes the suite run on PostgreSQL instead of the embedded Derby: a JDBC
     * URL with user and password, e.g. jdbc:postgresql://127.0.0.1:55432/motcua_test?user=motcua&password=motcua
     * (.ci/run starts such a server; the failsafe execution "postgresql" sets the property).
     */
    static final String POSTGRESQL_URL = "motcua.test.postgresql.url";
    /** The suite's own schema in that database, emptied before each run. */
    static final String POSTGRESQL_SCHEMA = "motcua_it";

    /** The shipped PostgreSQL datasource settings, pointed at a fresh schema of the given server. */
    private static List<Option> postgresql(String url) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + POSTGRESQL_SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + POSTGRESQL_SCHEMA);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot prepare the PostgreSQL schema at " + url + ": " + e.getMessage(), e);
        }
        String cfg = "etc/org.ops4j.datasource-motcua.cfg";
        String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + POSTGRESQL_SCHEMA
                + "&connectTimeout=5&ApplicationName=motcua-it";
        return List.of(
                editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(cfg, "url", inSchema),
                editConfigurationFilePut(cfg, "jdbc.pool.maxWaitMillis", "10000"),
                editConfigurationFilePut(cfg, "jdbc.pool.testOnBorrow", "true"),
                editConfigurationFilePut(cfg, "jdbc.factory.validationQuery", "SELECT 1"));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits (bounded) until the boot features are started, the services the tests use are there and
     * the REST API answers (it is published once all its services are up). The first wait covers a
     * cold boot on a busy machine; when it fails, the message names the runtime's log.
     */
    @Before
    public void awaitRuntime() throws Exception {
        if (runtimeFailure != null) {
            fail(runtimeFailure);
        }
        // Karaf registers BootFinished once every boot feature is installed and started
        service(BootFinished.class, Duration.ofSeconds(180));
        service(DossierService.class, Duration.ofSeconds(60));
        sessionFactory = service(SessionFactory.class, Duration.ofSeconds(60));
        procedureCatalog = service(ProcedureCatalog.class, Duration.ofSeconds(60));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                if (get("/api/agencies", null).status() == 200) {
                    cameUp = true;
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                giveUp("the REST API did not answer within 60 s");
            }
            Thread.sleep(200);
        }
    }

    private <T> T service(Class<T> type, Duration wait) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundleContext, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(wait.toMillis());
            if (service == null) {
                giveUp("no " + type.getName() + " service within " + wait.toSeconds() + " s");
            }
            return service;
        } finally {
            tracker.close();
        }
    }

    /**
     * Fails this test and every later one. "did not come up" (a boot that never finished, which
     * .ci/run runs once more) only before any test found the runtime ready; after that (a core
     * restarted by a test that does not come back) it is the tests' verdict. The message names
     * the runtime's log, whose errors .ci/run prints when the build fails.
     */
    private static void giveUp(String why) {
        runtimeFailure = why + (cameUp ? ": the runtime stopped serving" : ": the runtime did not come up")
                + " (its log: " + Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log").toAbsolutePath()
                + ")";
        fail(runtimeFailure);
    }

    protected record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    protected static String base() {
        return "http://localhost:" + System.getProperty("motcua.test.httpPort");
    }

    /** Waits up to 30 s for a condition (a file re-read, a background job). */
    protected static void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        waitUntil(what, 30, condition);
    }

    protected static void waitUntil(String what, int seconds, java.util.concurrent.Callable<Boolean> condition)
            throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.call()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(250);
        }
    }

    protected static Answer get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).GET().build());
    }

    /** A transition of the dossier, as {@code user} sends it. */
    protected static Answer act(String user, String code, String json) throws IOException, InterruptedException {
        return post("/api/dossiers/" + code + "/transitions", user, json);
    }

    protected static Answer post(String path, String user, String json) throws IOException, InterruptedException {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    protected static Answer put(String path, String user, String json) throws IOException, InterruptedException {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    protected static Answer delete(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).DELETE().build());
    }

    /** A file's bytes sent as they are (a scan), with their type. */
    protected static Answer upload(String path, String user, String type, byte[] bytes)
            throws IOException, InterruptedException {
        return send(request(path, user).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private static HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private static Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body(), r);
    }

    /** A counter reception of a copy certification (2.000815) as the README's walk-through sends it. */
    protected static String copyCertification(String agencyCode, String fullName) {
        return """
                {"procedureCode": "2.000815", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "%s", "idNumber": "027190001234", "phone": "0912345678",
                               "address": "phường Võ Cường, TP Bắc Ninh", "email": null},
                 "documents": [{"code": "ban-chinh", "originals": 1, "certifiedCopies": 0, "copies": 2, "pages": 3}],
                 "form": {}}""".formatted(agencyCode, fullName);
    }

    protected Answer receive(String clerk, String json) throws IOException, InterruptedException {
        Answer a = post("/api/dossiers", clerk, json);
        assertEquals(a.body(), 201, a.status());
        return a;
    }

    /** Runs a shell command as Karaf's administrator and returns what it printed, errors included. */
    protected String executeCommand(String command) throws Exception {
        return executeCommandAs("karaf", command);
    }

    /** Runs a shell command as a signed-in user (a motcua official, or Karaf's administrator). */
    protected String executeCommandAs(String user, String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal(user));
        if (user.equals("karaf")) {
            admin.getPrincipals().add(new RolePrincipal("admin"));
        }
        try {
            Subject.doAs(admin, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } catch (java.security.PrivilegedActionException e) {
            out.println("Error executing command: " + e.getException().getMessage());
        } catch (RuntimeException e) {
            // what the console prints for a failed command
            out.println("Error executing command: " + e.getMessage());
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    protected Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (b.getSymbolicName().equals(symbolicName)) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
