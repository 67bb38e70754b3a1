package vn.motcua.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.Test;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/** Counter reception over HTTP, as a clerk's software does it. */
public class ReceptionIT extends MotcuaTestSupport {

    @Test
    public void receivesADossierAndReadsItBack() throws Exception {
        Answer created = receive("tn.vocuong", copyCertification(VO_CUONG, "Nguyễn Thị Phương Hoa"));
        JsonNode d = created.json();
        String code = d.get("code").asText();
        assertTrue(code, code.matches("000\\.10\\.01\\.H07-\\d{6}-\\d{4}"));
        assertEquals(base() + "/api/dossiers/" + code, created.raw().headers().firstValue("Location").orElse(null));
        // a JSON answer goes out whole, with its length (one write, not chunks and a closing chunk)
        assertEquals(String.valueOf(created.body().getBytes(StandardCharsets.UTF_8).length),
                created.raw().headers().firstValue("Content-Length").orElse("chunked"));
        assertEquals("RECEIVED", d.get("status").asText());
        assertEquals(2, d.get("statusCode").asInt());
        assertEquals(10_000, d.get("fee").asLong());
        assertNotNull(d.get("receivedAt").asText());
        assertTrue(d.get("dueAt").asText().endsWith("T17:30:00"));

        JsonNode read = get("/api/dossiers/" + code, "tn.vocuong").json();
        assertEquals(code, read.get("code").asText());
        assertEquals("Nguyễn Thị Phương Hoa", read.at("/applicant/fullName").asText());
        assertEquals(3, read.at("/documents/0/pages").asInt());
        assertEquals(d.get("dueAt").asText(), read.get("dueAt").asText());

        Answer receipt = get("/api/dossiers/" + code + "/receipt", "tn.vocuong");
        assertEquals(200, receipt.status());
        assertTrue(receipt.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(receipt.body().contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"));
        assertTrue(receipt.body().contains(code));
        assertTrue(receipt.body().contains("Nguyễn Thị Phương Hoa"));

        JsonNode audit = get("/api/dossiers/" + code + "/audit", "tn.vocuong").json();
        assertEquals(1, audit.size());
        assertEquals("RECEIVE", audit.get(0).get("action").asText());
        assertEquals("tn.vocuong", audit.get(0).get("user").asText());
        assertEquals("RECEPTION_CLERK", audit.get(0).get("role").asText());

        // the applicant's dossiers by identity number: this one is among them, another clerk's commune sees none
        String idNumber = read.at("/applicant/idNumber").asText();
        JsonNode mine = get("/api/dossiers?applicantId=" + idNumber + "&size=200", "tn.vocuong").json();
        assertTrue(mine.toString(), mine.get("total").asLong() >= 1);
        boolean found = false;
        for (JsonNode item : mine.get("items")) {
            found |= code.equals(item.get("code").asText());
        }
        assertTrue(mine.toString(), found);
        for (JsonNode item : get("/api/dossiers?applicantId=" + idNumber + "&size=200", "tn.vuninh").json().get("items")) {
            assertTrue(item.toString(), !code.equals(item.get("code").asText()));
        }
        Answer badId = get("/api/dossiers?applicantId=12ab", "tn.vocuong");
        assertEquals(400, badId.status());
        assertTrue(badId.body(), badId.body().contains("applicantId"));
    }

    @Test
    public void answersEveryProblemAtOnceAndStoresNothing() throws Exception {
        long before = get("/api/dossiers?agency=" + VO_CUONG, "tn.vocuong").json().get("total").asLong();
        Answer refused = post("/api/dossiers", "tn.vocuong", """
                {"procedureCode": "2.000815", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Trần Văn Bình", "idNumber": "02719000123", "phone": "0912"},
                 "documents": [], "form": {}}""".formatted(VO_CUONG));
        assertEquals(refused.body(), 422, refused.status());
        JsonNode problems = refused.json().get("problems");
        Set<String> codes = new HashSet<>();
        problems.forEach(p -> codes.add(p.get("code").asText()));
        assertEquals(Set.of("applicant.idNumber.invalid", "applicant.phone.invalid", "document.missing"), codes);
        problems.forEach(p -> assertFalse(p.get("message").asText().isBlank()));
        long after = get("/api/dossiers?agency=" + VO_CUONG, "tn.vocuong").json().get("total").asLong();
        assertEquals("nothing stored", before, after);

        Answer unknown = post("/api/dossiers", "tn.vocuong", copyCertification(VO_CUONG, "A")
                .replace("2.000815", "9.999999"));
        assertEquals(422, unknown.status());
        assertEquals("procedure.unknown", unknown.json().at("/problems/0/code").asText());
    }

    @Test
    public void malformedRequestsGetAClearAnswerNotAStackTrace() throws Exception {
        Answer broken = post("/api/dossiers", "tn.vocuong", "{\"procedureCode\": ");
        assertEquals(400, broken.status());
        assertEquals("json.invalid", broken.json().get("error").asText());

        Answer wrongType = post("/api/dossiers", "tn.vocuong",
                copyCertification(VO_CUONG, "A").replace("\"pages\": 3", "\"pages\": \"ba\""));
        assertEquals(400, wrongType.status());
        assertTrue(wrongType.body(), wrongType.json().get("message").asText().contains("documents[0].pages"));

        Answer badChannel = post("/api/dossiers", "tn.vocuong",
                copyCertification(VO_CUONG, "A").replace("COUNTER", "FAX"));
        assertEquals(400, badChannel.status());
        assertTrue(badChannel.body(), badChannel.json().get("message").asText().contains("COUNTER"));
        assertFalse(badChannel.body().contains("vn.motcua"));

        assertEquals(404, get("/api/dossiers/000.10.01.H07-000101-9999", "tn.vocuong").status());
        assertEquals(400, get("/api/dossiers?status=DONE", "tn.vocuong").status());
        assertEquals(400, get("/api/dossiers?size=100000", "tn.vocuong").status());
    }

    @Test
    public void onlySignedInClerksOfTheAgencyMayReceiveOrRead() throws Exception {
        assertEquals(401, post("/api/dossiers", null, copyCertification(VO_CUONG, "A")).status());
        Answer wrongPassword = send401("tn.vocuong");
        assertEquals(401, wrongPassword.status());

        assertEquals(403, post("/api/dossiers", "tn.vuninh", copyCertification(VO_CUONG, "A")).status());
        assertEquals(403, post("/api/dossiers", "cv.vocuong", copyCertification(VO_CUONG, "A")).status());

        String code = receive("tn.vocuong", copyCertification(VO_CUONG, "Lê Thị Cúc")).json().get("code").asText();
        assertEquals(403, get("/api/dossiers/" + code, "tn.vuninh").status());
        assertEquals(403, get("/api/dossiers/" + code + "/receipt", "tn.vuninh").status());
        JsonNode otherList = get("/api/dossiers?size=200", "tn.vuninh").json();
        otherList.get("items").forEach(i -> assertFalse(i.get("code").asText().startsWith(VO_CUONG)));
        assertEquals(0, get("/api/dossiers?agency=" + VO_CUONG, "tn.vuninh").json().get("total").asLong());

        assertEquals("the city's leader sees its wards", 200, get("/api/dossiers/" + code, "ld.tpbacninh").status());
        assertEquals(200, get("/api/dossiers/" + code, "qt.tinh").status());
    }

    private Answer send401(String user) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/api/dossiers"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((user + ":not-the-password").getBytes()))
                .GET().build();
        var r = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r);
    }

    @Test
    public void concurrentIntakesAtOneAgencyGetDistinctCodes() throws Exception {
        String thiCau = "000.03.01.H07";
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String name = "Người nộp " + i;
                results.add(pool.submit((Callable<String>) () ->
                        receive("tn.thicau", copyCertification(thiCau, name)).json().get("code").asText()));
            }
            Set<String> codes = new HashSet<>();
            for (Future<String> f : results) {
                codes.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(200, codes.size());
            // numbered per day (yyMMdd-NNNN): a run across midnight starts again at 0001
            Map<String, List<Integer>> byDay = new TreeMap<>();
            for (String c : codes) {
                String tail = c.substring(c.indexOf('-') + 1);
                byDay.computeIfAbsent(tail.substring(0, 6), k -> new ArrayList<>())
                        .add(Integer.parseInt(tail.substring(7)));
            }
            for (List<Integer> numbers : byDay.values()) {
                int max = numbers.stream().max(Integer::compare).orElseThrow();
                int min = numbers.stream().min(Integer::compare).orElseThrow();
                assertEquals("the day's numbers have no gap: " + byDay, numbers.size() - 1, max - min);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void dossiersAndCountersSurviveARestartOfTheCore() throws Exception {
        String first = receive("tn.vocuong", copyCertification(VO_CUONG, "Đỗ Văn Trước")).json().get("code").asText();
        Bundle core = bundle("vn.motcua.dossier-core");
        core.stop();
        core.start();
        awaitRuntime();
        long until = System.nanoTime() + 60_000_000_000L;
        Answer again;
        do {
            Thread.sleep(200);
            again = get("/api/dossiers/" + first, "tn.vocuong");
        } while (again.status() != 200 && System.nanoTime() < until);
        assertEquals(again.body(), 200, again.status());
        assertEquals("Đỗ Văn Trước", again.json().at("/applicant/fullName").asText());
        String next = receive("tn.vocuong", copyCertification(VO_CUONG, "Đỗ Văn Sau")).json().get("code").asText();
        // yyMMdd-NNNN sorts in time order, across midnight too
        assertTrue(first + " then " + next,
                next.substring(next.indexOf('-') + 1).compareTo(first.substring(first.indexOf('-') + 1)) > 0);
    }
}
