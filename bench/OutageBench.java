import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Intakes at a steady concurrency for a fixed time, counting the answers second by second: what a
 * clerk sees while the database restarts (bench/pg-restart-check.sh stops and starts PostgreSQL in
 * the middle). Asserts nothing; prints a timeline and a total per status. JDK only:
 *
 *   java bench/OutageBench.java --url http://127.0.0.1:8480 [--seconds 45] [--c 8]
 */
public class OutageBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].substring(2), args[i + 1]);
        }
        String url = o.getOrDefault("url", "http://127.0.0.1:8480");
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "45"));
        int clients = Integer.parseInt(o.getOrDefault("c", "8"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        Map<Integer, Map<String, AtomicLong>> timeline = new ConcurrentHashMap<>();
        Map<String, AtomicLong> totals = new ConcurrentHashMap<>();
        Map<String, String> samples = new ConcurrentHashMap<>();
        AtomicLong sequence = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int t = 0; t < clients; t++) {
            int ward = t % IntakeWards.WARDS.length;
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long i = sequence.incrementAndGet();
                        String agency = String.format("000.%02d.01.H07", ward + 1);
                        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/dossiers"))
                                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                        ("tn." + IntakeWards.WARDS[ward] + ":motcua@demo").getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofString(body(agency, i), StandardCharsets.UTF_8))
                                .build();
                        String status;
                        String body;
                        try {
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            status = Integer.toString(r.statusCode());
                            body = r.body();
                        } catch (java.io.IOException e) {
                            status = "no answer";
                            body = e.toString();
                        }
                        int second = (int) ((System.nanoTime() - start) / 1_000_000_000L);
                        timeline.computeIfAbsent(second, k -> new ConcurrentHashMap<>())
                                .computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                        totals.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                        samples.putIfAbsent(status, body.substring(0, Math.min(200, body.length())));
                        if (!status.equals("201")) {
                            Thread.sleep(100); // a clerk does not hammer a failing counter
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        System.out.printf("outage bench: %s, %d clients, %d s%n", url, clients, seconds);
        System.out.println("second: answers");
        new TreeMap<>(timeline).forEach((s, m) -> System.out.println(String.format("%6d", s) + ": "
                + new TreeMap<>(m)));
        System.out.println("total: " + new TreeMap<>(totals));
        new TreeMap<>(samples).forEach((s, b) -> System.out.println("  " + s + " e.g. " + b));
    }

    /** The demo wards' clerks (motcua-demo), as in IntakeBench. */
    static final class IntakeWards {
        static final String[] WARDS = {"vuninh", "dapcau", "thicau", "kinhbac", "vean", "tienan", "daiphuc",
            "ninhxa", "suoihoa", "vocuong", "hoalong", "vanan", "khucxuyen", "phongkhe", "kimchan", "vanduong",
            "namson", "khacniem", "haplinh"};
    }

    static String body(String agency, long i) {
        return """
                {"procedureCode": "2.000815", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Người nộp khi mất kết nối %d", "idNumber": "0272%08d"},
                 "documents": [{"code": "ban-chinh", "originals": 1, "certifiedCopies": 0, "copies": 1, "pages": 2}],
                 "form": {}}""".formatted(agency, i, i % 100_000_000);
    }
}
