import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Intake benchmark: pushes N dossiers through POST /api/dossiers with C concurrent clients against
 * a running motcua and prints throughput and latency percentiles. A benchmark, not a test: it
 * asserts nothing. Run with the JDK alone (bench/run compiles it with Http1, its HTTP client):
 *
 *   bench/run IntakeBench [--url http://localhost:8181] [--n 5000] [--c 8] [--warmup 500]
 *                               [--agencies 19] [--pid <karaf pid>] [--rate 200]
 *
 * Without --rate the C clients send as fast as the runtime answers (closed loop: throughput).
 * With --rate R the requests are sent on a fixed schedule of R a second, whatever the answers do
 * (open loop), and each latency counts from the moment the request was due, so a runtime that
 * falls behind shows it in the percentiles instead of hiding it. The warm-up runs at the same rate,
 * so that what is measured is the steady state at R a second.
 *
 * Each client is the demo reception clerk of one of Bắc Ninh city's wards (motcua-demo feature),
 * so the load spreads over agencies as a province's does. With --pid, the runtime's resident
 * memory (now and peak) is read from /proc at the end.
 */
public class IntakeBench {

    static final String[] WARDS = {"vuninh", "dapcau", "thicau", "kinhbac", "vean", "tienan", "daiphuc", "ninhxa",
        "suoihoa", "vocuong", "hoalong", "vanan", "khucxuyen", "phongkhe", "kimchan", "vanduong", "namson",
        "khacniem", "haplinh"};

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String url = o.getOrDefault("url", "http://localhost:8181");
        int n = Integer.parseInt(o.getOrDefault("n", "5000"));
        int c = Integer.parseInt(o.getOrDefault("c", "8"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "500"));
        int agencies = Math.min(WARDS.length, Integer.parseInt(o.getOrDefault("agencies", "19")));
        double rate = Double.parseDouble(o.getOrDefault("rate", "0"));
        String password = o.getOrDefault("password", "motcua@demo");

        System.out.printf("motcua intake benchmark: %s, N=%d, C=%d, warm-up %d, %d agencies%s%n", url, n, c, warmup,
                agencies, rate > 0 ? String.format(", open loop at %.0f requests/s", rate) : "");
        System.out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        // at the same rate, when there is one: the measurement then starts in the steady state of
        // that rate, not in the wake of a closed-loop burst (its outbox backlog, its garbage)
        run(url, warmup, c, agencies, password, null, rate);
        long[] latencies = new long[n];
        long start = System.nanoTime();
        int errors = run(url, n, c, agencies, password, latencies, rate);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("dossiers: %d in %.2f s, errors: %d%n", n, seconds, errors);
        System.out.printf("throughput: %.0f dossiers/s%n", n / seconds);
        System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", pct(latencies, 50),
                pct(latencies, 90), pct(latencies, 99), latencies[n - 1] / 1e6);
        if (o.containsKey("pid")) {
            RuntimeProcess.printMemory(o.get("pid"));
            if (rate == 0) {
                RuntimeProcess.printBacklog(o.get("pid"), n, seconds, "dossiers");
            }
        }
    }

    static int run(String url, int total, int clients, int agencies, String password,
                   long[] latencies, double rate) throws InterruptedException {
        long origin = System.nanoTime();
        long interval = rate > 0 ? (long) (1e9 / rate) : 0;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int t = 0; t < clients; t++) {
            int client = t;
            new Thread(() -> {
                try (Http1 http = new Http1(url)) {
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        int ward = (client + i) % agencies;
                        String agency = String.format("000.%02d.01.H07", ward + 1);
                        String auth = "Basic " + Base64.getEncoder().encodeToString(
                                ("tn." + WARDS[ward] + ":" + password).getBytes(StandardCharsets.UTF_8));
                        String body = body(agency, i);
                        long t0 = System.nanoTime();
                        if (interval > 0) {
                            long due = origin + i * interval;
                            long wait = due - t0;
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            t0 = due; // latency from when the request was due, not from when it went out
                        }
                        Http1.Response r = http.post("/api/dossiers", auth, body);
                        long elapsed = System.nanoTime() - t0;
                        if (latencies != null) {
                            latencies[i] = elapsed;
                        }
                        if (r.status() != 201) {
                            errors.incrementAndGet();
                            statuses.computeIfAbsent(r.status() + " " + r.body().substring(0,
                                    Math.min(120, r.body().length())), k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    statuses.computeIfAbsent(e.toString(), k -> new AtomicLong()).incrementAndGet();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        statuses.forEach((k, v) -> System.out.println("  unexpected answer x" + v + ": " + k));
        return errors.get();
    }

    static String body(String agency, int i) {
        return """
                {"procedureCode": "2.000815", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Người nộp số %d", "idNumber": "0271%08d", "phone": "0912345678",
                               "address": "TP Bắc Ninh", "email": null},
                 "documents": [{"code": "ban-chinh", "originals": 1, "certifiedCopies": 0, "copies": %d, "pages": %d}],
                 "form": {}}""".formatted(agency, i, i % 100_000_000, 1 + i % 3, 1 + i % 7);
    }

    static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }
}
