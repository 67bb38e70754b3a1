package vn.motcua.distribution;

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
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A copy of the assembly just built (target/assembly, without its data) run as a process of its own,
 * on free HTTP and SSH ports: for the tests whose point is the process or its database going away,
 * which Pax Exam's container cannot show. Talks to it over HTTP as the demo users.
 */
final class AssemblyProcess {

    private final Path dir;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process karaf;

    /** A fresh copy under target/{@code name}; an older one there is deleted first. */
    AssemblyProcess(String name) throws IOException {
        dir = Path.of("target", name).toAbsolutePath();
        copyWithoutData(Path.of("target", "assembly").toAbsolutePath(), dir);
        port = freePort();
        append("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = " + port);
        append("etc/org.apache.karaf.shell.cfg", "sshPort = " + freePort());
    }

    Path dir() {
        return dir;
    }

    void append(String file, String line) throws IOException {
        Files.writeString(dir.resolve(file), "\n" + line + "\n", StandardOpenOption.APPEND);
    }

    /** Starts bin/karaf without waiting for it; its console output goes to {@code console.log}. */
    void launch() throws IOException {
        karaf = new ProcessBuilder(dir.resolve("bin/karaf").toString(), "server").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.log").toFile()).start();
    }

    /** Starts it and waits (up to 120 s) until the catalogue and the agencies answer 200. */
    void start() throws Exception {
        launch();
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            try {
                if (get("/api/procedures", null).statusCode() == 200 && get("/api/agencies", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            assertAlive();
            Thread.sleep(250);
        }
        fail("the runtime did not answer within 120 s; see " + dir.resolve("console.log"));
    }

    void assertAlive() {
        if (karaf == null || !karaf.isAlive()) {
            fail("the runtime stopped; see " + dir.resolve("console.log") + " and " + dir.resolve("data/log/karaf.log"));
        }
    }

    /** SIGKILL to the JVM (a child of the bin/karaf script) and to the script itself; nothing if not running. */
    void kill() {
        Process p = karaf;
        karaf = null;
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor();
            p.descendants().forEach(h -> h.onExit().join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path, user);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path, user).header("Content-Type", "application/json");
        return http.send(b.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":motcua@demo").getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    /** A counter reception of "Chứng thực bản sao từ bản chính" (2.000815) at the given agency. */
    static String reception(String agency, String applicant) {
        return """
                {"procedureCode": "2.000815", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "%s", "idNumber": "027190001234", "phone": "0912345678"},
                 "documents": [{"code": "ban-chinh", "originals": 1, "copies": 2, "pages": 3}], "form": {}}"""
                .formatted(agency, applicant);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyWithoutData(Path from, Path to) throws IOException {
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
