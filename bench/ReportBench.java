import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report benchmark: times GET /api/reports over a database holding a million simulated dossiers and
 * prints the response times. A benchmark, not a test: it asserts nothing. Run with the JDK alone:
 *
 *   java bench/ReportBench.java [--url http://localhost:8181] [--load] [--runs 30]
 *
 * With --load it first replays the preset bench-1m (bench/presets/bench-1m.json, which must be
 * copied to the runtime's etc/motcua-presets/) through the service layer, unless the period
 * already holds its dossiers, and prints how long that took. Then every report below is asked
 * --runs times after two warm-up calls; the figures are min / median / p95 / max in milliseconds,
 * measured from the client on the same machine (HTTP, authentication and JSON included).
 */
public class ReportBench {

    static final String FROM = "2018-01-01";
    static final String TO = "2025-06-30";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                o.put(args[i].substring(2), flag ? "true" : args[++i]);
            }
        }
        String url = o.getOrDefault("url", "http://localhost:8181");
        int runs = Integer.parseInt(o.getOrDefault("runs", "30"));
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (o.getOrDefault("user", "qt.tinh") + ":" + o.getOrDefault("password", "motcua@demo"))
                        .getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        long received = received(http, url, auth);
        System.out.printf("motcua report benchmark: %s, %,d dossiers received %s – %s%n", url, received, FROM, TO);
        System.out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        if (o.containsKey("load") && received < 1_000_000) {
            load(http, url, auth);
            received = received(http, url, auth);
            System.out.printf("now %,d dossiers in the period%n", received);
        }

        String[][] reports = {
            {"whole period, province total", "/api/reports?from=" + FROM + "&to=" + TO},
            {"whole period, by agency (19 rows)", "/api/reports?from=" + FROM + "&to=" + TO + "&groupBy=AGENCY"},
            {"whole period, by procedure", "/api/reports?from=" + FROM + "&to=" + TO + "&groupBy=PROCEDURE"},
            {"one year, by field", "/api/reports?from=2024-01-01&to=2024-12-31&groupBy=FIELD"},
            {"one month, one ward, by procedure",
                "/api/reports?from=2024-03-01&to=2024-03-31&groupBy=PROCEDURE&agency=000.10.01.H07"},
            {"whole period, by agency, CSV", "/api/reports?from=" + FROM + "&to=" + TO + "&groupBy=AGENCY&format=csv"},
            {"whole period, by agency, XLSX", "/api/reports?from=" + FROM + "&to=" + TO + "&groupBy=AGENCY&format=xlsx"},
            {"yearly ranking of communes", "/api/reports/ranking?year=2024"},
        };
        System.out.printf("%-40s %9s %9s %9s %9s%n", "report (" + runs + " runs)", "min", "median", "p95", "max");
        for (String[] r : reports) {
            for (int i = 0; i < 2; i++) {
                get(http, url + r[1], auth);
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                get(http, url + r[1], auth);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("%-40s %9.1f %9.1f %9.1f %9.1f%n", r[0], ms[0], ms[runs / 2],
                    ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1]);
        }
    }

    static long received(HttpClient http, String url, String auth) throws Exception {
        String body = get(http, url + "/api/reports?from=" + FROM + "&to=" + TO, auth);
        Matcher m = Pattern.compile("\"total\":\\{[^}]*?\"received\":(\\d+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no total in the report: " + body);
        }
        return Long.parseLong(m.group(1));
    }

    static void load(HttpClient http, String url, String auth) throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(url + "/api/admin/simulations"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"preset\": \"bench-1m\", \"seed\": 1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("the replay did not start (" + started.statusCode() + "): " + started.body()
                    + "\ncopy bench/presets/bench-1m.json to the runtime's etc/motcua-presets/ first");
        }
        String id = field(started.body(), "id");
        long t = System.nanoTime();
        String state;
        do {
            Thread.sleep(10_000);
            String s = get(http, url + "/api/admin/simulations/" + id, auth);
            state = field(s, "state");
            Matcher done = Pattern.compile("\"done\":(\\d+)").matcher(s);
            if (done.find()) {
                long n = Long.parseLong(done.group(1));
                double seconds = (System.nanoTime() - t) / 1e9;
                System.out.printf("\rloading: %,d dossiers, %.0f s, %.0f dossiers/s   ", n, seconds, n / seconds);
            }
        } while (state.equals("RUNNING"));
        System.out.printf("%nreplay %s: %s after %.0f s%n", id, state, (System.nanoTime() - t) / 1e9);
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    static String get(HttpClient http, String url, String auth) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
