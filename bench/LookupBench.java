import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lookup benchmark on a runtime that already holds many dossiers (load them with
 * {@code java bench/ReportBench.java --load}): a provincial official opens dossiers by code
 * ({@code GET /api/dossiers/{code}}) and lists an applicant's dossiers by identity number
 * ({@code GET /api/dossiers?applicantId=…}). The codes and identity numbers are sampled first from
 * random receipt days of the stored period, so the lookups hit the whole table, not a warm corner.
 * Prints the stored count, requests/s and p50/p90/p99/max of each kind. Asserts nothing.
 *
 *   bench/run LookupBench [--url http://localhost:8181] [--n 5000] [--c 8] [--samples 2000]
 *                         [--from 2018-01-01] [--to 2025-06-30] [--user qt.tinh] [--pid <karaf pid>]
 *                         [--seed 42]
 */
public class LookupBench {

    static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");
    static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String url = o.getOrDefault("url", "http://localhost:8181");
        int n = Integer.parseInt(o.getOrDefault("n", "5000"));
        int c = Integer.parseInt(o.getOrDefault("c", "8"));
        int samples = Integer.parseInt(o.getOrDefault("samples", "2000"));
        LocalDate from = LocalDate.parse(o.getOrDefault("from", "2018-01-01"));
        LocalDate to = LocalDate.parse(o.getOrDefault("to", "2025-06-30"));
        String auth = "Basic " + Base64.getEncoder().encodeToString((o.getOrDefault("user", "qt.tinh") + ":"
                + o.getOrDefault("password", "motcua@demo")).getBytes(StandardCharsets.UTF_8));
        Http1 http = new Http1(url);

        String all = http.get("/api/dossiers?size=1", auth).body();
        Matcher total = TOTAL.matcher(all);
        System.out.printf("motcua lookup benchmark: %s, %s dossiers stored, N=%d lookups of each kind, C=%d%n", url,
                total.find() ? String.format("%,d", Long.parseLong(total.group(1))) : "?", n, c);
        System.out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        // sample codes from random days, then the applicants of those dossiers
        Random random = new Random(Long.parseLong(o.getOrDefault("seed", "42")));
        Set<String> codes = new LinkedHashSet<>();
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        for (int tries = 0; codes.size() < samples && tries < samples * 5; tries++) {
            LocalDate day = from.plusDays(random.nextLong(days));
            String page = http.get("/api/dossiers?size=20&from=" + day + "&to=" + day, auth).body();
            // one code a day, so that the samples lie apart in the table and its indexes
            List<String> ofDay = new ArrayList<>();
            Matcher m = CODE.matcher(page);
            while (m.find()) {
                ofDay.add(m.group(1));
            }
            if (!ofDay.isEmpty()) {
                codes.add(ofDay.get(random.nextInt(ofDay.size())));
            }
        }
        List<String> codeList = new ArrayList<>(codes);
        if (codeList.isEmpty()) {
            System.out.println("no dossiers found in " + from + " – " + to + ": load some first");
            return;
        }
        List<String> ids = new ArrayList<>();
        Pattern idNumber = Pattern.compile("\"idNumber\":\"(\\d+)\"");
        for (int i = 0; i < Math.min(500, codeList.size()); i++) {
            Matcher m = idNumber.matcher(http.get("/api/dossiers/" + codeList.get(i), auth).body());
            if (m.find()) {
                ids.add(m.group(1));
            }
        }
        System.out.printf("sampled %,d codes and %,d identity numbers from random days%n", codeList.size(), ids.size());

        run(url, auth, Math.min(n, 1000), c, i -> "/api/dossiers/" + codeList.get(i % codeList.size()), null);
        report("by code       GET /api/dossiers/{code}", url, auth, n, c,
                i -> "/api/dossiers/" + codeList.get((i * 7919) % codeList.size()));
        if (!ids.isEmpty()) {
            report("by applicant  GET /api/dossiers?applicantId=", url, auth, n, c,
                    i -> "/api/dossiers?applicantId=" + ids.get((i * 7919) % ids.size()));
        }
        if (o.containsKey("pid")) {
            for (String line : Files.readAllLines(Path.of("/proc", o.get("pid"), "status"))) {
                if (line.startsWith("VmRSS") || line.startsWith("VmHWM")) {
                    System.out.println("runtime " + line.replaceAll("\\s+", " ")
                            .replace("VmHWM", "peak RSS").replace("VmRSS", "RSS now"));
                }
            }
        }
    }

    interface Target {
        String path(int i);
    }

    static void report(String name, String url, String auth, int n, int c, Target target) throws Exception {
        long[] latencies = new long[n];
        long start = System.nanoTime();
        int errors = run(url, auth, n, c, target, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("%s: %,.0f req/s, p50 %.2f  p90 %.2f  p99 %.2f  max %.2f ms, errors %d%n", name,
                n / seconds, pct(latencies, 50), pct(latencies, 90), pct(latencies, 99),
                latencies[n - 1] / 1e6, errors);
    }

    static int run(String url, String auth, int total, int clients, Target target, long[] latencies)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        for (int t = 0; t < clients; t++) {
            new Thread(() -> {
                try (Http1 http = new Http1(url)) {
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        long t0 = System.nanoTime();
                        Http1.Response r = http.get(target.path(i), auth);
                        if (latencies != null) {
                            latencies[i] = System.nanoTime() - t0;
                        }
                        if (r.status() != 200) {
                            if (errors.getAndIncrement() < 3) {
                                System.out.println("  unexpected " + r.status() + ": " + r.body());
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.out.println("  " + e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        return errors.get();
    }

    static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
