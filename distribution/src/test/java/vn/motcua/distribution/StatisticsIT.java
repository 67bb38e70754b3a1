package vn.motcua.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A small period replayed through the service layer, and its report checked against what the
 * simulator generated; ratings; the commune ranking.
 */
public class StatisticsIT extends MotcuaTestSupport {

    @Test
    public void aReplayOfThisYearIsRefusedWithItsReason() throws Exception {
        java.nio.file.Path presets = java.nio.file.Path.of(System.getProperty("karaf.etc"), "motcua-presets");
        java.nio.file.Files.createDirectories(presets);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        java.nio.file.Path file = presets.resolve("tuan-nay.json");
        java.nio.file.Files.writeString(file, """
                {"name": "tuan-nay", "title": "Tuần này", "from": "%s", "to": "%s", "dossiers": 20,
                 "agencies": [{"code": "%s", "share": 100}],
                 "procedures": [{"code": "2.000815", "share": 100}], "channels": {"COUNTER": 100},
                 "supplementShare": 0, "lateShare": 50, "withdrawShare": 0}""".formatted(today, today.plusDays(7), VO_CUONG),
                java.nio.charset.StandardCharsets.UTF_8);
        try {
            Answer refused = post("/api/admin/simulations", "qt.tinh", "{\"preset\": \"tuan-nay\", \"seed\": 3}");
            assertEquals(refused.body(), 400, refused.status());
            String message = refused.json().get("message").asText();
            // the year the runtime is in: the test's, or the next one if the run crossed New Year's Eve
            assertTrue(message, message.contains("kỳ phải kết thúc trước " + today.withDayOfYear(1))
                    || message.contains("kỳ phải kết thúc trước " + today.plusYears(1).withDayOfYear(1)));
            assertTrue(message, message.endsWith("dành cho hồ sơ thật."));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    public void theReportOfAReplayedPeriodMatchesWhatWasGenerated() throws Exception {
        Answer started = post("/api/admin/simulations", "qt.tinh", "{\"preset\": \"mini\", \"seed\": 7}");
        assertEquals(started.body(), 202, started.status());
        String id = started.json().get("id").asText();
        assertEquals(403, post("/api/admin/simulations", "tn.vocuong", "{\"preset\": \"mini\"}").status());

        JsonNode sim;
        long until = System.nanoTime() + 240_000_000_000L;
        do {
            Thread.sleep(1000);
            sim = get("/api/admin/simulations/" + id, "qt.tinh").json();
        } while (sim.get("state").asText().equals("RUNNING") && System.nanoTime() < until);
        assertEquals(sim.toString(), "DONE", sim.get("state").asText());
        JsonNode generated = sim.get("generated");
        int received = generated.get("received").asInt();
        assertEquals(300, received + generated.path("rejected").asInt());
        assertEquals("every planned dossier is received", 0, generated.path("rejected").asInt());

        // the preset receives in March; what arrives late in March is finished in April, so the window
        // that holds every finish is March and April, and March alone still has some open at its end
        JsonNode march = get("/api/reports?from=2019-03-01&to=2019-03-31", "qt.tinh").json().get("total");
        assertEquals(received, march.get("received").asInt());
        assertTrue(march.toString(), march.get("openWithinTime").asInt() + march.get("openOverdue").asInt()
                + march.get("paused").asInt() > 0);
        // each dossier open at the end is in one of the three (within time, overdue, paused), counted as
        // it stood then, whatever became of it since
        assertEquals(march.toString(), received, march.get("finishedEarly").asInt()
                + march.get("finishedOnTime").asInt() + march.get("finishedLate").asInt()
                + march.get("withdrawn").asInt() + march.get("openWithinTime").asInt()
                + march.get("openOverdue").asInt() + march.get("paused").asInt());
        JsonNode report = get("/api/reports?from=2019-03-01&to=2019-04-30&groupBy=AGENCY", "qt.tinh").json();
        JsonNode total = report.get("total");
        assertEquals(received, total.get("received").asInt());
        assertEquals(generated.path("channel:ONLINE").asInt(), total.get("receivedOnline").asInt());
        assertEquals(generated.path("channel:POST").asInt(), total.get("receivedPost").asInt());
        assertEquals(generated.path("withdrawn").asInt(), total.get("withdrawn").asInt());
        assertEquals(generated.path("outcome:LATE").asInt(), total.get("finishedLate").asInt());
        assertEquals(generated.path("outcome:EARLY").asInt(), total.get("finishedEarly").asInt());
        assertEquals(generated.path("outcome:ON_TIME").asInt(), total.get("finishedOnTime").asInt());
        assertEquals("everything finished or withdrawn within the period", received,
                total.get("finishedEarly").asInt() + total.get("finishedOnTime").asInt()
                        + total.get("finishedLate").asInt() + total.get("withdrawn").asInt()
                        + total.get("openWithinTime").asInt() + total.get("openOverdue").asInt()
                        + total.get("paused").asInt());
        assertEquals(generated.path("returned").asInt(), total.get("returned").asInt());

        // a dossier returned in 2019 can no longer be rated: a rating counts when it is given
        JsonNode returnedIn2019 = get("/api/dossiers?status=RETURNED&from=2019-03-01&to=2019-03-31&size=1", "qt.tinh")
                .json();
        assertTrue(returnedIn2019.toString(), returnedIn2019.get("total").asLong() > 0);
        JsonNode old = returnedIn2019.at("/items/0");
        String oldCode = old.get("code").asText();
        String idNumber = get("/api/dossiers/" + oldCode, "qt.tinh").json().at("/applicant/idNumber").asText();
        String suffix = idNumber.substring(idNumber.length() - 4);
        JsonNode seen = get("/api/public/dossiers/" + oldCode + "?idSuffix=" + suffix, null).json();
        assertTrue(seen.toString(), seen.get("ratingOpenUntil").asText().startsWith("2019-"));
        Answer late = post("/api/public/dossiers/" + oldCode + "/rating?idSuffix=" + suffix, null,
                "{\"convenience\": \"SATISFIED\", \"overall\": \"SATISFIED\"}");
        assertEquals(late.body(), 409, late.status());
        assertTrue(late.body(), late.body().contains("chỉ nhận trong 30 ngày sau khi trả kết quả"));
        for (JsonNode row : report.get("rows")) {
            assertEquals(row.get("key").asText(), generated.path("agency:" + row.get("key").asText()).asInt(),
                    row.get("received").asInt());
        }
        // the three wards of the preset, and every other unit of the city with its row of zeros
        int receiving = 0;
        for (JsonNode row : report.get("rows")) {
            receiving += row.get("received").asInt() > 0 ? 1 : 0;
        }
        assertEquals(3, receiving);
        assertEquals("19 wards and communes and the city", 20, report.get("rows").size());
        assertTrue(report.get("proceduresWithDossiers").toString().contains("2.000815"));
        assertTrue(report.get("proceduresWithoutDossiers").toString().contains("2.001019"));
        double rate = total.get("onTimeRate").asDouble();
        assertTrue("about 5 % late in the mini preset: " + rate, rate > 85 && rate < 100);

        JsonNode ward = get("/api/reports?from=2019-03-01&to=2019-03-31", "tn.vocuong").json();
        assertEquals("a clerk sees only the ward's figures",
                generated.path("agency:" + VO_CUONG).asInt(), ward.at("/total/received").asInt());

        HttpResponse<byte[]> csv = raw("/api/reports?from=2019-03-01&to=2019-03-31&groupBy=FIELD&format=csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text, text.contains("Tiếp nhận trong kỳ") && text.contains("chung-thuc,Chứng thực"));
        HttpResponse<byte[]> xlsx = raw("/api/reports?from=2019-03-01&to=2019-03-31&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', xlsx.body()[0]);
        assertEquals('K', xlsx.body()[1]);
        String sheet = null;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        // a printed report says what it is and for when; the total row is not keyed "*" there (it is in the CSV)
        assertTrue(sheet, sheet.contains("Kỳ báo cáo: từ ngày 01/03/2019 đến ngày 31/03/2019"));
        assertTrue(sheet, sheet.contains("Phạm vi: toàn tỉnh; tổng hợp chung"));
        assertFalse(sheet, sheet.contains("<t>*</t>"));
        assertEquals(400, get("/api/reports?from=2019-03-31&to=2019-03-01", "qt.tinh").status());
        assertEquals(400, get("/api/reports/satisfaction?from=2019-03-31&to=2019-03-01", "qt.tinh").status());
        assertEquals(400, get("/api/dossiers?from=2019-03-31&to=2019-03-01", "qt.tinh").status());
        // an agency code no agency has: 404 with its message, not a failed query
        for (String path : new String[] {"/api/dossiers?agency=000.99.99.H07",
            "/api/reports?from=2019-03-01&to=2019-03-31&agency=000.99.99.H07",
            "/api/reports/satisfaction?from=2019-03-01&to=2019-03-31&agency=000.99.99.H07"}) {
            Answer unknown = get(path, "qt.tinh");
            assertEquals(unknown.body(), 404, unknown.status());
            assertTrue(unknown.body(), unknown.body().contains("Không có cơ quan mã 000.99.99.H07"));
        }
        // a client that asks for CSV by its Accept header gets CSV
        HttpResponse<byte[]> negotiated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/api/reports?from=2019-03-01&to=2019-03-31")).header("Accept", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("qt.tinh:" + DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, negotiated.statusCode());
        assertTrue(negotiated.headers().firstValue("Content-Type").orElse(""),
                negotiated.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(401, get("/api/reports?from=2019-03-01&to=2019-03-31", null).status());
    }

    private static HttpResponse<byte[]> raw(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("qt.tinh:" + DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    public void aReportEndingLaterThanNowCountsNoDossierOverdueThatIsNotOverdueYet() throws Exception {
        String namSon = "000.17.01.H07";
        String today = java.time.LocalDate.now().toString();
        String later = java.time.LocalDate.now().plusDays(60).toString();
        long before = get("/api/reports?from=" + today + "&to=" + today + "&agency=" + namSon, "qt.tinh").json()
                .at("/total/openOverdue").asLong();
        JsonNode d = receive("tn.namson", """
                {"procedureCode": "2.001035", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Lê Văn Chưa Hạn", "idNumber": "027190005678"},
                 "documents": [{"code": "du-thao-hop-dong", "originals": 1}, {"code": "giay-to-tuy-than", "copies": 1}],
                 "form": {"contractName": "Hợp đồng tặng cho xe máy", "assetKind": "dong-san"}}""".formatted(namSon))
                .json();
        assertTrue("due later than now, before the period's end: " + d.get("dueAt"),
                java.time.LocalDateTime.parse(d.get("dueAt").asText()).isBefore(java.time.LocalDate.now().plusDays(60)
                        .atStartOfDay()));
        JsonNode total = get("/api/reports?from=" + today + "&to=" + later + "&agency=" + namSon, "qt.tinh").json()
                .get("total");
        assertEquals("open, but not overdue yet", before, total.get("openOverdue").asLong());

        // asked for papers, it waits for the applicant: paused, and no longer in progress
        String todayReport = "/api/reports?from=" + today + "&to=" + today + "&agency=" + namSon;
        JsonNode received = get(todayReport, "qt.tinh").json().get("total");
        String code = d.get("code").asText();
        assertEquals(200, act("tn.namson", code, "{\"action\": \"HAND_OVER\"}").status());
        assertEquals(200, act("cv.namson", code, """
                {"action": "REQUEST_SUPPLEMENT", "note": "Thiếu giấy tờ về tài sản",
                 "requestedDocuments": [{"code": "giay-chung-nhan", "reason": "Cần bản sao giấy đăng ký xe"}]}""")
                .status());
        JsonNode paused = get(todayReport, "qt.tinh").json().get("total");
        assertEquals(paused.toString(), received.get("paused").asLong() + 1, paused.get("paused").asLong());
        assertEquals(paused.toString(), received.get("openWithinTime").asLong() - 1,
                paused.get("openWithinTime").asLong());
    }

    @Test
    public void theApplicantRatesOnceAfterTheReturnAndTheWardIsRanked() throws Exception {
        String code = receive("mc.vocuong", copyCertification(VO_CUONG, "Bùi Thị Đánh Giá")).json().get("code")
                .asText();
        String rating = "{\"convenience\": \"VERY_SATISFIED\", \"overall\": \"SATISFIED\", \"comment\": \"Nhanh gọn\"}";
        Answer early = post("/api/public/dossiers/" + code + "/rating?idSuffix=1234", null, rating);
        assertEquals("not returned yet", 409, early.status());
        // a code and four digits must not reveal the applicant's ID number, contacts or form
        assertTrue(early.body(), early.json().path("current").isMissingNode() || early.json().path("current").isNull());
        assertFalse(early.body(), early.body().contains("027190001234") || early.body().contains("0912345678"));
        assertEquals(200, post("/api/dossiers/" + code + "/transitions", "mc.vocuong", """
                {"action": "RESOLVE_ON_SPOT", "result": "Bản sao chứng thực", "collectedBy": "Bùi Thị Đánh Giá"}""")
                .status());
        JsonNode returnedView = get("/api/public/dossiers/" + code + "?idSuffix=1234", null).json();
        assertTrue("returned, not rated yet", returnedView.get("ratedAt").isNull());
        assertEquals("to the end of the 30th day after the return", java.time.LocalDate.parse(
                returnedView.get("returnedAt").asText().substring(0, 10)).plusDays(30) + "T23:59:59",
                returnedView.get("ratingOpenUntil").asText());
        Answer rated = post("/api/public/dossiers/" + code + "/rating?idSuffix=1234", null, rating);
        assertEquals(rated.body(), 201, rated.status());
        // the lookup says it was rated, so that the page does not offer the form again
        assertEquals(rated.json().get("ratedAt").asText(), get("/api/public/dossiers/" + code + "?idSuffix=1234", null)
                .json().get("ratedAt").asText());
        JsonNode indices = rated.json().get("indices");
        assertEquals(9, indices.size());
        // index 1: 2 points finished early, 1 on time (finished at once: early unless due today)
        JsonNode returned = get("/api/dossiers/" + code, "mc.vocuong").json();
        assertEquals(returned.get("timeliness").asText().equals("EARLY") ? 2 : 1, indices.get(0).asInt());
        assertTrue(returned.get("timeliness").asText(), Set.of("EARLY", "ON_TIME").contains(
                returned.get("timeliness").asText()));
        Answer twice = post("/api/public/dossiers/" + code + "/rating?idSuffix=1234", null, rating);
        assertEquals(409, twice.status());
        assertFalse(twice.body(), twice.body().contains("027190001234"));
        // the online supplement of a dossier that was not asked for one: refused, again without the dossier
        Answer supplement = post("/api/public/dossiers/" + code + "/supplement?idSuffix=1234", null, "{\"documents\": []}");
        assertEquals(supplement.body(), 409, supplement.status());
        assertFalse(supplement.body(), supplement.body().contains("027190001234"));
        assertEquals(404, post("/api/public/dossiers/" + code + "/rating?idSuffix=9999", null, rating).status());

        // the day it was rated (not the test's now: a run may cross midnight)
        java.time.LocalDate ratedOn = java.time.LocalDateTime.parse(rated.json().get("ratedAt").asText()).toLocalDate();
        String today = ratedOn.toString();
        JsonNode satisfaction = get("/api/reports/satisfaction?from=" + today + "&to=" + today + "&agency="
                + VO_CUONG, "tn.vocuong").json();
        assertEquals(1, satisfaction.size());
        assertTrue(satisfaction.get(0).get("ratings").asInt() >= 1);
        assertFalse(satisfaction.get(0).get("classification").asText().isBlank());

        JsonNode ranking = get("/api/reports/ranking?year=" + ratedOn.getYear(), "qt.tinh").json();
        assertEquals("the 19 wards and communes", 19, ranking.size());
        assertEquals(1, ranking.get(0).get("rank").asInt());
        JsonNode voCuong = null;
        for (JsonNode r : ranking) {
            if (r.get("agencyCode").asText().equals(VO_CUONG)) {
                voCuong = r;
            }
        }
        assertTrue(voCuong.get("criteria").has("ON_TIME_RATE"));
        assertTrue(voCuong.get("criteria").has("SATISFACTION_RATE"));
        assertEquals(60.0, voCuong.at("/criteria/ON_TIME_RATE/weight").asDouble(), 0.001);
        assertTrue(voCuong.get("score").asDouble() > 0);
        // the ward's own officials see its place among all the communes, not among themselves
        JsonNode own = get("/api/reports/ranking?year=" + ratedOn.getYear(), "tn.vocuong").json();
        assertEquals(own.toString(), 1, own.size());
        assertEquals(voCuong.get("rank").asInt(), own.get(0).get("rank").asInt());
        // a criterion without data is no 0 %; a commune with no data at all is listed, not ranked
        for (JsonNode r : ranking) {
            boolean anyData = false;
            for (JsonNode c : r.get("criteria")) {
                anyData |= !c.get("value").isNull();
            }
            assertEquals(r.toString(), anyData, r.get("rank").asInt() > 0);
        }
        for (JsonNode r : get("/api/reports/ranking?year=2100", "qt.tinh").json()) {
            assertEquals(r.toString(), 0, r.get("rank").asInt());
        }
    }
}
