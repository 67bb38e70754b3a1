package vn.motcua.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Hostile input against every operation of the published API description: malformed, oversized,
 * wrongly typed and injection-shaped JSON bodies, query strings, path segments and headers, sent
 * over raw sockets so that even broken HTTP gets through. Every answer must be below 500 and free
 * of stack traces; nothing may be stored except what the API accepted with 2xx; and the runtime
 * must answer normally afterwards. The public endpoints' rate limits count per client address, so
 * the requests come from several loopback addresses to reach the handlers rather than the limiter.
 * Seeded: a failure names the seed and the request, and the same seed replays it.
 */
public class FuzzIT extends MotcuaTestSupport {

    private static final long SEED = Long.getLong("motcua.fuzz.seed", 20261128L);
    private static final int PER_OPERATION = Integer.getInteger("motcua.fuzz.perOperation", 100);
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [a-z][\\w$]*(\\.[\\w$<>]+)+\\(|Caused by:|\\b[a-z]+(\\.[a-z]\\w*)+\\.[A-Z]\\w*(Exception|Error)\\b");

    private static final String[] HOSTILE = {
        "", " ", "null", "true", "-1", "0", "99999999999999999999999", "1e309", "NaN", "-0.0",
        "' OR '1'='1", "'; DROP TABLE DOSSIER; --", "\" OR 1=1 --", "1; SELECT * FROM USER_ACCOUNT",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "{{7*7}}", "${jndi:ldap://x/a}",
        "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "\u0000", "\\u0000", "\r\nX-Injected: 1",
        "Nguyễn Thị Ánh 🙂", "\uD800", "A".repeat(5_000), "9".repeat(400), "2026-02-30", "2026-13-01",
        "9999-12-31", "0000-00-00", "2026-11-28T25:61", "--", "*", "%", "_", "\t", "[]", "{}",
        "COUNTER", "WORKING_DAYS", "HAND_OVER", "000.10.01.H07", "2.000815", "027190001234",
    };

    private record Operation(String method, String path, List<String> query, boolean body, boolean secured) {
    }

    private record Reply(int status, String head, String body) {
    }

    private final Random random = new Random(SEED);
    private int sent;

    @Test
    public void hostileRequestsGetClearAnswersAndStoreNothing() throws Exception {
        List<Operation> operations = operations();
        assertTrue(operations.toString(), operations.size() >= 25);
        String dossier = receive("tn.vocuong", copyCertification(VO_CUONG, "Fuzz Đối Chứng")).json()
                .get("code").asText();
        long dossiersBefore = totalDossiers();
        int proceduresBefore = get("/api/admin/procedures", "qt.tinh").json().size();
        int stored = 0;

        for (Operation op : operations) {
            for (int i = 0; i < PER_OPERATION; i++) {
                String target = path(op, dossier) + query(op);
                Map<String, String> headers = headers(op);
                byte[] body = null;
                if (op.body() || random.nextInt(10) == 0) {
                    body = (random.nextInt(3) == 0 ? mutated() : hostileJson()).getBytes(StandardCharsets.UTF_8);
                    headers.putIfAbsent("Content-Type", contentType());
                }
                Reply r = send(op.method(), target, headers, body);
                check(op.method() + " " + target + " " + (body == null ? "" : abbreviate(new String(body,
                        StandardCharsets.UTF_8))), r);
                if (r.status() / 100 == 2 && op.method().equals("POST")
                        && (op.path().equals("/api/dossiers") || op.path().equals("/api/public/dossiers"))) {
                    stored++;
                }
                if (r.status() / 100 == 2 && op.method().equals("PUT") && op.path().startsWith("/api/admin/procedures")) {
                    fail("a hostile procedure definition was accepted: " + target);
                }
            }
        }
        brokenHttp();

        assertEquals("only what the API accepted is stored", dossiersBefore + stored, totalDossiers());
        assertEquals(proceduresBefore, get("/api/admin/procedures", "qt.tinh").json().size());
        // and the runtime goes on as before
        assertEquals(200, get("/api/procedures", null).status());
        receive("tn.vocuong", copyCertification(VO_CUONG, "Sau Kiểm Thử"));
        assertTrue("requests sent: " + sent, sent > 2_500);
        System.out.printf("FuzzIT: %,d hostile requests over %d operations (%d each), seed %d: no 5xx, no stack "
                + "trace, %d accepted and stored%n", sent, operations.size(), PER_OPERATION, SEED, stored);
    }

    /** Every operation of /api/openapi.json, with its query parameters. */
    private static List<Operation> operations() throws Exception {
        JsonNode api = get("/api/openapi.json", null).json();
        List<Operation> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> o = ops.next();
                List<String> query = new ArrayList<>();
                for (JsonNode param : o.getValue().path("parameters")) {
                    if (param.path("in").asText().equals("query")) {
                        query.add(param.get("name").asText());
                    }
                }
                all.add(new Operation(o.getKey().toUpperCase(java.util.Locale.ROOT), "/api" + p.getKey(), query,
                        o.getValue().has("requestBody"), o.getValue().has("security")));
            }
        }
        return all;
    }

    private String path(Operation op, String dossier) {
        StringBuilder b = new StringBuilder();
        for (String segment : op.path().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            b.append('/');
            if (segment.startsWith("{")) {
                // a real dossier now and then, so that hostile bodies reach the lifecycle
                boolean real = segment.equals("{code}") && op.path().startsWith("/api/dossiers") && random.nextBoolean();
                b.append(real ? dossier : encode(pick()));
            } else {
                b.append(segment);
            }
        }
        return b.toString();
    }

    private String query(Operation op) {
        StringBuilder b = new StringBuilder();
        List<String> names = new ArrayList<>(op.query());
        if (random.nextInt(5) == 0) {
            names.add(pick().isEmpty() ? "x" : encode(pick()));
        }
        for (String name : names) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            b.append(b.length() == 0 ? '?' : '&').append(name).append('=').append(encode(pick()));
        }
        return b.toString();
    }

    private Map<String, String> headers(Operation op) {
        Map<String, String> h = new LinkedHashMap<>();
        switch (random.nextInt(6)) {
            case 0 -> { }
            case 1 -> h.put("Authorization", "Basic " + pick().replaceAll("[\r\n]", ""));
            case 2 -> h.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("fuzz.khong-ton-tai:" + pick()).getBytes(StandardCharsets.UTF_8)));
            case 3 -> h.put("Authorization", "Bearer " + "x".repeat(random.nextInt(3000)));
            default -> h.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ((random.nextBoolean() ? "tn.vocuong" : "qt.tinh") + ":" + DEMO_PASSWORD)
                            .getBytes(StandardCharsets.UTF_8)));
        }
        if (random.nextInt(4) == 0) {
            h.put("Accept", random.nextBoolean() ? "application/xml" : "*/*;q=" + pick().replaceAll("[\r\n]", ""));
        }
        if (random.nextInt(8) == 0) {
            h.put("X-Forwarded-For", pick().replaceAll("[\r\n]", ""));
        }
        return h;
    }

    private String contentType() {
        return switch (random.nextInt(8)) {
            case 0 -> "text/plain";
            case 1 -> "application/xml";
            case 2 -> "application/x-www-form-urlencoded";
            case 3 -> "multipart/form-data; boundary=" + pick().replaceAll("[\r\n]", "");
            case 4 -> "application/json; charset=" + pick().replaceAll("[\r\n]", "");
            default -> "application/json";
        };
    }

    private String pick() {
        return HOSTILE[random.nextInt(HOSTILE.length)];
    }

    /** A JSON-ish body: broken syntax, wrong shapes, deep nesting, huge values. */
    private String hostileJson() {
        return switch (random.nextInt(12)) {
            case 0 -> "{\"procedureCode\": ";
            case 1 -> "[".repeat(5_000) + "]".repeat(5_000);
            case 2 -> "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
            case 3 -> "\"" + "x".repeat(300_000) + "\"";
            case 4 -> "{\"procedureCode\": " + random.nextLong() + ", \"channel\": [1,2], \"applicant\": \"x\"}";
            case 5 -> "{\"action\": " + JSON.valueToTree(pick()) + ", \"workingDays\": \"" + pick() + "\"}";
            case 6 -> "{\"documents\": [{\"code\": null, \"pages\": -5, \"copies\": 1e400}]}";
            case 7 -> "null";
            case 8 -> "{\"seed\": \"" + pick() + "\", \"scale\": -1, \"preset\": " + JSON.valueToTree(pick()) + "}";
            case 9 -> "\u0000\u0001\u0002";
            case 10 -> "{\"a\": 1, \"a\": 2, " + "\"k\": 1,".repeat(20_000) + "\"z\": 0}";
            default -> "{\"name\": " + JSON.valueToTree(pick()) + ", \"timeLimit\": " + JSON.valueToTree(pick())
                    + ", \"documents\": " + JSON.valueToTree(pick()) + "}";
        };
    }

    /** A valid counter reception with one leaf replaced by a hostile value. */
    private String mutated() {
        try {
            JsonNode valid = JSON.readTree(copyCertification(VO_CUONG, "Fuzz"));
            List<com.fasterxml.jackson.databind.node.ObjectNode> parents = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            collect(valid, parents, fields);
            int i = random.nextInt(parents.size());
            String value = pick();
            switch (random.nextInt(4)) {
                case 0 -> parents.get(i).put(fields.get(i), value);
                case 1 -> parents.get(i).putArray(fields.get(i)).add(value);
                case 2 -> parents.get(i).putNull(fields.get(i));
                default -> parents.get(i).put(fields.get(i), random.nextLong());
            }
            return JSON.writeValueAsString(valid);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void collect(JsonNode node, List<com.fasterxml.jackson.databind.node.ObjectNode> parents,
                                List<String> fields) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            o.fields().forEachRemaining(e -> {
                parents.add(o);
                fields.add(e.getKey());
                collect(e.getValue(), parents, fields);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, parents, fields));
        }
    }

    /** HTTP that is broken in itself: bad request lines, lengths and encodings. */
    private void brokenHttp() throws IOException {
        String[] raw = {
            "GARBAGE\r\n\r\n",
            "GET /api/procedures HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\nConnection: close\r\n\r\n",
            "POST /api/dossiers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n"
                + "Connection: close\r\n\r\n{\"a\":",
            "POST /api/public/dossiers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZZ\r\n{}\r\n0\r\n\r\n",
            "GET /api/dossiers/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /api/" + "a/".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /api/procedures HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(70_000) + "\r\nConnection: close\r\n\r\n",
            "GET /api/procedures HTTP/1.1\r\nHost: x\r\nAuthorization: Basic \u00ff\u00fe\r\nConnection: close\r\n\r\n",
            "DELETE /api/dossiers HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "TRACE /api/procedures HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        };
        for (String r : raw) {
            Reply reply = exchange(r.getBytes(StandardCharsets.ISO_8859_1));
            if (reply.status() != 0) { // 0: the server closed the connection, which is an answer too
                check(abbreviate(r), reply);
            }
        }
        // a JSON body far larger than the limit, sent whole
        byte[] big = ("{\"procedureCode\": \"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Reply tooBig = send("POST", "/api/dossiers", Map.of("Content-Type", "application/json",
                "Authorization", "Basic " + Base64.getEncoder().encodeToString(("tn.vocuong:" + DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))), big);
        assertEquals(tooBig.body(), 413, tooBig.status());
    }

    private void check(String request, Reply r) {
        if (r.status() >= 500 || r.status() < 100 && r.status() != 0) {
            fail("seed " + SEED + ": " + r.status() + " for " + request + "\n" + abbreviate(r.body()));
        }
        if (STACK_TRACE.matcher(r.body()).find() || STACK_TRACE.matcher(r.head()).find()) {
            fail("seed " + SEED + ": a stack trace answered " + request + "\n" + abbreviate(r.body()));
        }
    }

    private long totalDossiers() throws Exception {
        return get("/api/dossiers?size=1", "qt.tinh").json().get("total").asLong();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "… (" + s.length() + " chars)";
    }

    /**
     * The public lookup asks for a dossier's code and the last four digits of its applicant's
     * identity number: 10,000 guesses, which many machines could share under the per-address limit.
     * After 20 wrong guesses at one code in an hour, from wherever, that code answers 429.
     */
    @Test
    public void wrongDigitsForOneDossierFromManyMachinesLockItsLookup() throws Exception {
        String code = receive("tn.vocuong", copyCertification(VO_CUONG, "Khóa Tra Cứu")).json().get("code").asText();
        String other = receive("tn.vocuong", copyCertification(VO_CUONG, "Không Bị Khóa")).json().get("code").asText();
        for (int i = 1; i <= 20; i++) {
            Reply r = sendFrom("127.0.22." + i, "GET", "/api/public/dossiers/" + code + "?idSuffix="
                    + String.format("%04d", 5000 + i), Map.of(), null);
            assertEquals("guess " + i + ": " + r.body(), 404, r.status());
        }
        Reply locked = sendFrom("127.0.22.21", "GET", "/api/public/dossiers/" + code + "?idSuffix=1234", Map.of(), null);
        assertEquals(locked.body(), 429, locked.status());
        assertTrue(locked.body(), locked.body().contains("tạm khóa tra cứu trực tuyến một giờ"));
        assertFalse(locked.body(), locked.body().contains("027190001234"));
        assertEquals(200, sendFrom("127.0.22.22", "GET", "/api/public/dossiers/" + other + "?idSuffix=1234", Map.of(),
                null).status());
    }

    /**
     * A citizen who mistypes her digits ten times is stopped at her dossier on her machine; others on
     * the same address (a commune's Wi-Fi) still look up theirs, and she still can from elsewhere. A
     * machine walking through codes is stopped after 100 wrong lookups, for every code.
     */
    @Test
    public void wrongDigitsFromOneAddressStopThatDossierThereAndAWalkThroughCodesStopsAll() throws Exception {
        String code = receive("tn.vocuong", copyCertification(VO_CUONG, "Gõ Nhầm Số")).json().get("code").asText();
        String other = receive("tn.vocuong", copyCertification(VO_CUONG, "Cùng Mạng Wi-Fi")).json().get("code").asText();
        for (int i = 1; i <= 10; i++) {
            Reply r = sendFrom("127.0.23.1", "GET", "/api/public/dossiers/" + code + "?idSuffix="
                    + String.format("%04d", 6000 + i), Map.of(), null);
            assertEquals("guess " + i + ": " + r.body(), 404, r.status());
        }
        Reply stopped = sendFrom("127.0.23.1", "GET", "/api/public/dossiers/" + code + "?idSuffix=1234", Map.of(), null);
        assertEquals(stopped.body(), 429, stopped.status());
        assertTrue(stopped.body(), stopped.body().contains("sai số định danh của hồ sơ này quá nhiều lần"));
        assertEquals("the same address, another dossier", 200, sendFrom("127.0.23.1", "GET",
                "/api/public/dossiers/" + other + "?idSuffix=1234", Map.of(), null).status());
        assertEquals("the same dossier, another address", 200, sendFrom("127.0.23.2", "GET",
                "/api/public/dossiers/" + code + "?idSuffix=1234", Map.of(), null).status());

        for (int i = 1; i <= 100; i++) {
            Reply r = sendFrom("127.0.23.3", "GET", "/api/public/dossiers/" + VO_CUONG + "-000101-" + String.format("%04d", i)
                    + "?idSuffix=1234", Map.of(), null);
            assertEquals("walk " + i + ": " + r.body(), 404, r.status());
        }
        Reply walked = sendFrom("127.0.23.3", "GET", "/api/public/dossiers/" + other + "?idSuffix=1234", Map.of(), null);
        assertEquals(walked.body(), 429, walked.status());
        assertTrue(walked.body(), walked.body().contains("từ máy này"));
    }

    /**
     * Someone guessing passwords from one machine is stopped after the configured number of
     * failures (30 per 10 minutes): 429 with Retry-After, without a password check; other machines
     * and the clerks already signed in are not affected.
     */
    @Test
    public void failedSignInsAreLimitedPerClientAddress() throws Exception {
        // names without an account: guessing them locks no real clerk out (five wrong passwords would)
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString(
                "doan.ten:doan-mat-khau".getBytes(StandardCharsets.UTF_8));
        String right = "Basic " + java.util.Base64.getEncoder().encodeToString(
                ("tn.vuninh:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 30; i++) {
            Reply r = sendFrom("127.0.20.1", "GET", "/api/dossiers?size=1", Map.of("Authorization", wrong), null);
            assertEquals("failure " + i + ": " + r.body(), 401, r.status());
        }
        Reply blocked = sendFrom("127.0.20.1", "GET", "/api/dossiers?size=1", Map.of("Authorization", wrong), null);
        assertEquals(blocked.body(), 429, blocked.status());
        assertTrue(blocked.head(), blocked.head().toLowerCase(java.util.Locale.ROOT).contains("retry-after: 600"));
        assertTrue(blocked.body(), blocked.body().contains("\"error\":\"signin.rate-limited\""));
        assertTrue(blocked.body(), blocked.body().contains("đăng nhập sai"));
        // the console's sign-in counts against the same limit
        Reply console = sendFrom("127.0.20.1", "POST", "/api/session", Map.of("Content-Type", "application/json"),
                "{\"userName\": \"doan.ten\", \"password\": \"doan-mat-khau\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(console.body(), 429, console.status());
        // and its failures count too: 30 from a third machine, then Basic is refused there as well
        byte[] guess = "{\"userName\": \"doan.ten\", \"password\": \"sai\"}".getBytes(StandardCharsets.UTF_8);
        for (int i = 1; i <= 30; i++) {
            Reply r = sendFrom("127.0.20.3", "POST", "/api/session", Map.of("Content-Type", "application/json"), guess);
            assertEquals("console failure " + i + ": " + r.body(), 401, r.status());
        }
        assertEquals(429, sendFrom("127.0.20.3", "GET", "/api/dossiers?size=1", Map.of("Authorization", wrong), null)
                .status());
        // the same guess from another machine: its password is still checked
        assertEquals(401, sendFrom("127.0.20.2", "GET", "/api/dossiers?size=1", Map.of("Authorization", wrong), null)
                .status());
        assertEquals(200, sendFrom("127.0.20.2", "GET", "/api/dossiers?size=1", Map.of("Authorization", right), null)
                .status());
    }

    private Reply sendFrom(String source, String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nConnection: close\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.write(body);
        }
        return exchange(out.toByteArray(), source);
    }

    private Reply send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nConnection: close\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.write(body);
        }
        return exchange(out.toByteArray());
    }

    /** One request on its own connection, from one of several loopback addresses. */
    private Reply exchange(byte[] request) throws IOException {
        sent++;
        return exchange(request, "127.0.10." + (1 + sent % 200));
    }

    private Reply exchange(byte[] request, String source) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            s.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getProperty("motcua.test.httpPort"))),
                    5_000);
            s.setSoTimeout(60_000);
            OutputStream o = s.getOutputStream();
            try {
                o.write(request);
                o.flush();
                s.shutdownOutput();
            } catch (IOException e) {
                // the server may answer and close before reading everything (413): read what it said
            }
            InputStream in = s.getInputStream();
            byte[] all;
            try {
                all = in.readAllBytes();
            } catch (IOException e) {
                return new Reply(0, "", "");
            }
            int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            String head = new String(all, 0, end < 0 ? all.length : end, StandardCharsets.ISO_8859_1);
            if (!head.startsWith("HTTP/1.1 ") || end < 0) {
                return new Reply(0, head, "");
            }
            byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Reply(Integer.parseInt(head.substring(9, 12)), head, new String(body, StandardCharsets.UTF_8));
        }
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] eolBytes = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int i = 0;
        while (i < chunked.length) {
            int eol = indexOf(chunked, eolBytes, i);
            if (eol < 0) {
                break;
            }
            int size;
            try {
                size = Integer.parseInt(new String(chunked, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].strip(),
                        16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0) {
                break;
            }
            int start = eol + 2;
            int stop = Math.min(chunked.length, start + size);
            b.write(chunked, start, stop - start);
            i = stop + 2;
        }
        return b.toByteArray();
    }
}
