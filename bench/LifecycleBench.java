import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lifecycle benchmark: N dossiers, each received at the counter and then brought to its return by
 * the officials who would do it, one authenticated request per step, as they would send them:
 * the clerk receives and hands over to the specialist, the specialist proposes, the leader approves,
 * the clerk returns the result (2.000815: reception + 4 transitions, 5 requests a dossier; the
 * specialist's proposal is a step of the procedure's process, so it cannot be left out). C clients,
 * each taking whole dossiers of one ward after another. Prints lifecycles/s, requests/s and the
 * latency of each kind of request. A benchmark, not a test: it asserts nothing.
 *
 *   bench/run LifecycleBench [--url http://localhost:8181] [--n 2000] [--c 8] [--warmup 200]
 *                            [--agencies 19] [--pid <karaf pid>]
 */
public class LifecycleBench {

    static final String[] WARDS = {"vuninh", "dapcau", "thicau", "kinhbac", "vean", "tienan", "daiphuc", "ninhxa",
        "suoihoa", "vocuong", "hoalong", "vanan", "khucxuyen", "phongkhe", "kimchan", "vanduong", "namson",
        "khacniem", "haplinh"};
    static final String[] STEPS = {"receive", "HAND_OVER", "PROPOSE", "APPROVE", "RETURN_RESULT"};
    static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String url = o.getOrDefault("url", "http://localhost:8181");
        int n = Integer.parseInt(o.getOrDefault("n", "2000"));
        int c = Integer.parseInt(o.getOrDefault("c", "8"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "200"));
        int agencies = Math.min(WARDS.length, Integer.parseInt(o.getOrDefault("agencies", "19")));
        String password = o.getOrDefault("password", "motcua@demo");

        System.out.printf("motcua lifecycle benchmark: %s, N=%d dossiers x %d requests, C=%d, warm-up %d, %d agencies%n",
                url, n, STEPS.length, c, warmup, agencies);
        System.out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        run(url, warmup, c, agencies, password, null);
        long[][] latencies = new long[STEPS.length][n];
        long start = System.nanoTime();
        int errors = run(url, n, c, agencies, password, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("dossiers: %d in %.2f s, errors: %d%n", n, seconds, errors);
        System.out.printf("throughput: %.0f lifecycles/s, %.0f requests/s%n", n / seconds, n * STEPS.length / seconds);
        long[] all = new long[n * STEPS.length];
        for (int s = 0; s < STEPS.length; s++) {
            System.arraycopy(latencies[s], 0, all, s * n, n);
            Arrays.sort(latencies[s]);
            System.out.printf("  %-14s p50 %6.2f  p99 %6.2f ms%n", STEPS[s], pct(latencies[s], 50), pct(latencies[s], 99));
        }
        Arrays.sort(all);
        System.out.printf("all requests: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f ms%n", pct(all, 50), pct(all, 90),
                pct(all, 99), all[all.length - 1] / 1e6);
        if (o.containsKey("pid")) {
            RuntimeProcess.printMemory(o.get("pid"));
            RuntimeProcess.printBacklog(o.get("pid"), n, seconds, "lifecycles");
        }
    }

    static int run(String url, int total, int clients, int agencies, String password,
                   long[][] latencies) throws InterruptedException {
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
                        String ward = WARDS[(client + i) % agencies];
                        String agency = String.format("000.%02d.01.H07", (client + i) % agencies + 1);
                        String[] users = {"tn." + ward, "tn." + ward, "cv." + ward, "ld." + ward, "tn." + ward};
                        String code = null;
                        for (int s = 0; s < STEPS.length; s++) {
                            String path = s == 0 ? "/api/dossiers" : "/api/dossiers/" + code + "/transitions";
                            String body = switch (s) {
                                case 0 -> reception(agency, i);
                                case 1 -> "{\"action\": \"HAND_OVER\", \"assignee\": \"cv." + ward + "\"}";
                                case 2 -> "{\"action\": \"PROPOSE\", \"note\": \"Đủ điều kiện\"}";
                                case 3 -> "{\"action\": \"APPROVE\", \"result\": \"Bản sao chứng thực\"}";
                                default -> "{\"action\": \"RETURN_RESULT\", \"collectedBy\": \"Người nộp số " + i + "\"}";
                            };
                            String auth = "Basic " + Base64.getEncoder().encodeToString(
                                    (users[s] + ":" + password).getBytes(StandardCharsets.UTF_8));
                            long t0 = System.nanoTime();
                            Http1.Response r = http.post(path, auth, body);
                            if (latencies != null) {
                                latencies[s][i] = System.nanoTime() - t0;
                            }
                            if (r.status() != (s == 0 ? 201 : 200)) {
                                errors.incrementAndGet();
                                statuses.computeIfAbsent(STEPS[s] + " " + r.status() + " " + r.body().substring(0,
                                        Math.min(120, r.body().length())), k -> new AtomicLong()).incrementAndGet();
                                break;
                            }
                            if (s == 0) {
                                Matcher m = CODE.matcher(r.body());
                                m.find();
                                code = m.group(1);
                            }
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

    static String reception(String agency, int i) {
        return """
                {"procedureCode": "2.000815", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Người nộp số %d", "idNumber": "0271%08d", "phone": "0912345678"},
                 "documents": [{"code": "ban-chinh", "originals": 1, "certifiedCopies": 0, "copies": 1, "pages": 2}],
                 "form": {}}""".formatted(agency, i, i % 100_000_000);
    }

    static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
