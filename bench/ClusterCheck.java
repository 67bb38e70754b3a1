import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cross-node check of a motcua cluster: N copy certifications at one ward, each received on one node,
 * handed over and proposed, then approved, every step on the other node than the one before, C at a
 * time; the approvals take numbers in the ward's certification register (sổ chứng thực) concurrently on
 * all nodes. Prints how many dossier codes and register numbers came out, whether they are unique and
 * gap-free, and every answer that was not 200/201. JDK only:
 *
 *   java bench/ClusterCheck.java --nodes http://127.0.0.1:8481,http://127.0.0.1:8482 [--n 200] [--c 8]
 *
 * The database side (counters against rows, outbox delivered once) is checked with SQL by
 * bench/cluster-check.sh, which runs this first.
 */
public class ClusterCheck {

    static final String AGENCY = "000.15.01.H07"; // xã Kim Chân: tn.kimchan, cv.kimchan, ld.kimchan
    static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");
    static final Pattern ENTRY = Pattern.compile("\"registerEntry\":\"Số (\\d+),");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].substring(2), args[i + 1]);
        }
        String[] nodes = o.getOrDefault("nodes", "http://127.0.0.1:8481,http://127.0.0.1:8482").split(",");
        int n = Integer.parseInt(o.getOrDefault("n", "200"));
        int c = Integer.parseInt(o.getOrDefault("c", "8"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, AtomicLong> unexpected = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(c);
        long start = System.nanoTime();
        List<Future<String[]>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            results.add(pool.submit(() -> {
                String code = match(CODE, send(http, nodes[k % nodes.length], "/api/dossiers", "tn.kimchan",
                        body(k), 201, unexpected));
                if (code == null) {
                    return null;
                }
                String act = "/api/dossiers/" + code + "/transitions";
                send(http, nodes[(k + 1) % nodes.length], act, "tn.kimchan", "{\"action\": \"HAND_OVER\"}", 200,
                        unexpected);
                send(http, nodes[k % nodes.length], act, "cv.kimchan", "{\"action\": \"PROPOSE\"}", 200, unexpected);
                String approved = send(http, nodes[(k + 1) % nodes.length], act, "ld.kimchan",
                        "{\"action\": \"APPROVE\", \"result\": \"Bản sao chứng thực\"}", 200, unexpected);
                return new String[] {code, match(ENTRY, approved)};
            }));
        }
        Set<String> codes = new TreeSet<>();
        List<Integer> numbers = new ArrayList<>();
        int failed = 0;
        for (Future<String[]> f : results) {
            String[] r = f.get(300, TimeUnit.SECONDS);
            if (r == null || r[1] == null) {
                failed++;
                continue;
            }
            codes.add(r[0]);
            numbers.add(Integer.parseInt(r[1]));
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        Set<Integer> distinct = new TreeSet<>(numbers);
        int min = numbers.stream().min(Integer::compare).orElse(0);
        int max = numbers.stream().max(Integer::compare).orElse(0);
        System.out.printf("nodes: %s; %d dossiers, each received, handed over, proposed and approved alternately "
                + "on the nodes, %d at a time, in %.1f s%n", String.join(" ", nodes), n, c, seconds);
        System.out.printf("dossier codes: %d returned, %d distinct%n", n - failed, codes.size());
        System.out.printf("register numbers: %d taken, %d distinct, %d..%d, gap-free: %s%n", numbers.size(),
                distinct.size(), min, max, distinct.size() == numbers.size() && max - min + 1 == numbers.size());
        System.out.printf("dossiers not brought to approval: %d%n", failed);
        unexpected.forEach((k, v) -> System.out.println("  unexpected answer x" + v + ": " + k));
    }

    static String send(HttpClient http, String node, String path, String user, String json, int expected,
                       Map<String, AtomicLong> unexpected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":motcua@demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != expected) {
            unexpected.computeIfAbsent(r.statusCode() + " " + r.body().substring(0, Math.min(160, r.body().length())),
                    k -> new AtomicLong()).incrementAndGet();
            return null;
        }
        return r.body();
    }

    static String match(Pattern p, String body) {
        if (body == null) {
            return null;
        }
        Matcher m = p.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    static String body(int i) {
        return """
                {"procedureCode": "2.000815", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Người kiểm tra cụm %d", "idNumber": "0271%08d", "phone": "0912345678"},
                 "documents": [{"code": "ban-chinh", "originals": 1, "certifiedCopies": 0, "copies": 1, "pages": 2}],
                 "form": {}}""".formatted(AGENCY, i, i);
    }
}
