package vn.motcua.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The runtime killed with SIGKILL in the middle of an intake load, then started again: every
 * dossier that had been answered 201 is there, intact, with its audit trail, and codes stay
 * unique. Runs the assembly just built as a process of its own (a copy under target/), not in
 * Pax Exam, because the point is the process dying.
 */
public class CrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CLERKS = {"tn.vocuong", "tn.vuninh", "tn.thicau", "tn.kimchan"};
    private static final Map<String, String> AGENCY = Map.of("tn.vocuong", "000.10.01.H07", "tn.vuninh",
            "000.01.01.H07", "tn.thicau", "000.03.01.H07", "tn.kimchan", "000.15.01.H07");
    private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path runtime;
    private int port;
    private Process karaf;

    @After
    public void stop() {
        if (karaf != null) {
            kill(karaf);
        }
    }

    @Test
    public void everyAnsweredDossierSurvivesASigkillInTheMiddleOfIntake() throws Exception {
        runtime = Path.of("target", "crash-runtime").toAbsolutePath();
        copy(Path.of("target", "assembly").toAbsolutePath(), runtime);
        port = freePort();
        Files.writeString(runtime.resolve("etc/org.ops4j.pax.web.cfg"), "\norg.osgi.service.http.port = " + port + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(runtime.resolve("etc/org.apache.karaf.shell.cfg"), "\nsshPort = " + freePort() + "\n",
                java.nio.file.StandardOpenOption.APPEND);

        karaf = start();
        // intake from 8 clients until the kill; what was answered 201 is what must survive
        Map<String, String> answered = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger attempts = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            String clerk = CLERKS[c % CLERKS.length];
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    String name = "Người Nộp " + attempts.incrementAndGet();
                    try {
                        HttpResponse<String> r = post(clerk, reception(AGENCY.get(clerk), name));
                        if (r.statusCode() == 201) {
                            Matcher m = CODE.matcher(r.body());
                            assertTrue(r.body(), m.find());
                            answered.put(m.group(1), name);
                        }
                    } catch (IOException | InterruptedException e) {
                        // the runtime is gone: what was not answered may or may not be stored
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (answered.size() < 300 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertTrue("the load did not get going: " + answered.size() + " answered", answered.size() >= 300);
        kill(karaf);
        stop.set(true);
        for (Thread t : clients) {
            t.join(10_000);
        }
        karaf = null;
        try {
            get("/api/procedures", null);
            fail("the killed runtime still answers");
        } catch (IOException e) {
            // gone, as it should be
        }
        System.out.printf("CrashIT: %d dossiers answered 201 before SIGKILL (%d attempts)%n", answered.size(),
                attempts.get());

        karaf = start();
        Set<String> codes = new HashSet<>();
        for (Map.Entry<String, String> e : answered.entrySet()) {
            String clerk = clerkOf(e.getKey());
            JsonNode d = JSON.readTree(get("/api/dossiers/" + e.getKey(), clerk).body());
            assertEquals(e.getKey(), d.path("code").asText());
            assertEquals(e.getValue(), d.at("/applicant/fullName").asText());
            assertEquals("RECEIVED", d.path("status").asText());
            assertEquals(3, d.at("/documents/0/pages").asInt());
            JsonNode audit = JSON.readTree(get("/api/dossiers/" + e.getKey() + "/audit", clerk).body());
            assertTrue(e.getKey() + ": " + audit, audit.size() >= 1);
            assertEquals("RECEIVE", audit.get(0).path("action").asText());
            codes.add(e.getKey());
        }
        // intake goes on after the restart, and the new codes do not collide with the old ones
        for (int i = 0; i < 20; i++) {
            String clerk = CLERKS[i % CLERKS.length];
            HttpResponse<String> r = post(clerk, reception(AGENCY.get(clerk), "Sau Khởi Động Lại " + i));
            assertEquals(r.body(), 201, r.statusCode());
            Matcher m = CODE.matcher(r.body());
            assertTrue(m.find());
            assertTrue("code reused: " + m.group(1), codes.add(m.group(1)));
        }
    }

    private static String clerkOf(String code) {
        return AGENCY.entrySet().stream().filter(e -> code.startsWith(e.getValue())).findFirst().orElseThrow().getKey();
    }

    private static String reception(String agency, String name) {
        return """
                {"procedureCode": "2.000815", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "%s", "idNumber": "027190001234", "phone": "0912345678"},
                 "documents": [{"code": "ban-chinh", "originals": 1, "copies": 2, "pages": 3}], "form": {}}"""
                .formatted(agency, name);
    }

    private Process start() throws Exception {
        ProcessBuilder b = new ProcessBuilder(runtime.resolve("bin/karaf").toString(), "server")
                .directory(runtime.toFile()).redirectErrorStream(true)
                .redirectOutput(runtime.resolve("crash-console.log").toFile());
        Process p = b.start();
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            try {
                if (get("/api/procedures", null).statusCode() == 200 && get("/api/agencies", null).statusCode() == 200) {
                    return p;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!p.isAlive()) {
                fail("the runtime stopped while starting; see " + runtime.resolve("crash-console.log"));
            }
            Thread.sleep(250);
        }
        fail("the runtime did not answer within 120 s");
        return p;
    }

    /** SIGKILL to the JVM (a child of the bin/karaf script) and to the script itself. */
    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor();
            p.descendants().forEach(h -> h.onExit().join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String user, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/dossiers"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":motcua@demo").getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!from.relativize(p).startsWith("data")) {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
