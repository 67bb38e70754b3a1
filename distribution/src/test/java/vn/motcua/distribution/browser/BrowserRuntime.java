package vn.motcua.distribution.browser;

import java.io.File;
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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assembly this module has just built, unpacked under target/browser-runtime and started as
 * its own process on free ports: the browser tests drive it as a clerk's browser would. (Selenium
 * is not an OSGi bundle, so it cannot run inside the Pax Exam container that the other ITs share.)
 */
final class BrowserRuntime implements AutoCloseable {

    private final Path home;
    private final Process process;
    final int httpPort;

    private BrowserRuntime(Path home, Process process, int httpPort) {
        this.home = home;
        this.process = process;
        this.httpPort = httpPort;
    }

    String base() {
        return "http://localhost:" + httpPort;
    }

    static BrowserRuntime start() throws IOException, InterruptedException {
        String distribution = System.getProperty("motcua.distribution");
        if (distribution == null || !new File(distribution).isFile()) {
            throw new IllegalStateException("motcua.distribution does not name the built tar.gz: " + distribution);
        }
        Path root = Path.of("target", "browser-runtime").toAbsolutePath();
        deleteTree(root);
        Files.createDirectories(root);
        run(root, "tar", "xzf", distribution);
        Path home;
        try (var entries = Files.list(root)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        int http = freePort();
        edit(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(http));
        edit(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(freePort()));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("karaf-console.log").toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("CHECK_ROOT_INSTANCE_RUNNING", "false");
        BrowserRuntime runtime = new BrowserRuntime(home, pb.start(), http);
        runtime.awaitReady(Duration.ofSeconds(150));
        return runtime;
    }

    /** Until the API answers and the console is served (both published by the boot features). */
    private void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + "; see " + home);
            }
            try {
                int api = client.send(HttpRequest.newBuilder(URI.create(base() + "/api/agencies")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                int console = client.send(HttpRequest.newBuilder(URI.create(base() + "/console/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (api == 200 && console == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the runtime did not serve /api and /console within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> all = process.descendants().toList();
        all.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            all.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        for (ProcessHandle h : all) {
            h.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> {
                h.destroyForcibly();
                return h;
            }).join();
        }
    }

    private static void edit(Path cfg, String key, String value) throws IOException {
        String text = Files.readString(cfg, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^#?\\s*" + Pattern.quote(key) + "\\s*=.*$").matcher(text);
        text = m.find() ? m.replaceFirst(Matcher.quoteReplacement(key + " = " + value)) : text + "\n" + key + " = " + value + "\n";
        Files.writeString(cfg, text, StandardCharsets.UTF_8);
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed with " + p.exitValue());
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
