package vn.motcua.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a province sets up itself: its catalogue (who offers what, local fees and times), procedures
 * defined as data, its registers, and a bundle of its own.
 */
public class ProvinceIT extends MotcuaTestSupport {

    @Inject
    FeaturesService features;

    private static String json(Answer a) {
        assertEquals(a.body(), 200, a.status());
        return a.body();
    }

    @Test
    public void thePublicCatalogueListsWhatIsOfferedWhere() throws Exception {
        JsonNode atWard = get("/api/catalogue?agency=" + VO_CUONG, null).json();
        List<String> codes = new ArrayList<>();
        atWard.forEach(e -> codes.add(e.get("code").asText()));
        assertTrue(codes.toString(), codes.containsAll(List.of("2.000815", "2.001035", "2.000908")));
        assertEquals("Danh mục dùng thử (demo)", atWard.get(0).get("decision").asText());
        assertEquals("the demo catalogue offers procedures at communes only", 0,
                get("/api/catalogue?agency=000.00.00.H07", null).json().size());
        assertEquals(404, get("/api/catalogue?agency=9.9.9", null).status());
    }

    @Test
    public void theProvinceSetsALocalTimeAndFeeWithoutRestart() throws Exception {
        Path catalogue = Path.of(System.getProperty("karaf.etc"), "motcua-catalogue.csv");
        String original = Files.readString(catalogue, StandardCharsets.UTF_8);
        try {
            Files.writeString(catalogue, original + "2.001035," + VO_CUONG
                    + ",2020-01-01,,Quyết định thử nghiệm,,1 WORKING_DAYS,\n", StandardCharsets.UTF_8);
            waitUntil("the catalogue re-read", () -> get("/api/catalogue?agency=" + VO_CUONG, null).body()
                    .contains("Quyết định thử nghiệm"));
            JsonNode d = receive("tn.vocuong", """
                    {"procedureCode": "2.001035", "agencyCode": "%s", "channel": "COUNTER",
                     "applicant": {"fullName": "Lê Văn Rút Gọn", "idNumber": "027190005678"},
                     "documents": [{"code": "du-thao-hop-dong", "originals": 1}, {"code": "giay-to-tuy-than", "copies": 1}],
                     "form": {"contractName": "Hợp đồng tặng cho xe máy", "assetKind": "dong-san"}}"""
                    .formatted(VO_CUONG)).json();
            assertEquals("the province's shorter time", 1, d.at("/timeLimit/amount").asInt());

            Files.writeString(catalogue, original.replace("*,level:COMMUNE", "2.000884,level:COMMUNE"),
                    StandardCharsets.UTF_8);
            waitUntil("the narrower catalogue", () -> !get("/api/catalogue?agency=" + VO_CUONG, null).body()
                    .contains("2.000815"));
            Answer refused = post("/api/dossiers", "tn.vocuong", copyCertification(VO_CUONG, "A"));
            assertEquals(422, refused.status());
            assertEquals("procedure.notOffered", refused.json().at("/problems/0/code").asText());
        } finally {
            Files.writeString(catalogue, original, StandardCharsets.UTF_8);
            waitUntil("the demo catalogue back", () -> get("/api/catalogue?agency=" + VO_CUONG, null).body()
                    .contains("2.000815"));
        }
    }

    @Test
    public void aProcedureDefinedAsDataIsReceivedAndBroughtToAResult() throws Exception {
        JsonNode p = get("/api/procedures/2.000908", null).json();
        assertEquals("Cấp bản sao từ sổ gốc", p.get("name").asText());
        String code = receive("tn.vocuong", """
                {"procedureCode": "2.000908", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Phạm Văn Gốc", "idNumber": "027190007777"},
                 "documents": [{"code": "giay-to-tuy-than", "originals": 1}],
                 "form": {"originalDocument": "Giấy khai sinh số 12, quyển số 01/1990", "copies": "2"}}"""
                .formatted(VO_CUONG)).json().get("code").asText();
        json(act("tn.vocuong", code, "{\"action\": \"HAND_OVER\"}"));
        json(act("cv.vocuong", code, "{\"action\": \"PROPOSE\"}"));
        json(act("ld.vocuong", code, "{\"action\": \"APPROVE\", \"result\": \"02 bản sao từ sổ gốc\"}"));
        JsonNode done = JSON.readTree(json(act("tn.vocuong", code,
                "{\"action\": \"RETURN_RESULT\", \"collectedBy\": \"Phạm Văn Gốc\"}")));
        assertEquals("RETURNED", done.get("status").asText());
    }

    @Test
    public void theProvinceAdministratorDefinesAProcedureAsDataThroughTheApi() throws Exception {
        String definition = """
                {"name": "Đăng ký lại kết hôn", "field": {"code": "ho-tich", "name": "Hộ tịch"},
                 "timeLimit": {"amount": 5, "unit": "WORKING_DAYS"}, "onlineLevel": "PARTIAL",
                 "effectiveFrom": "2016-01-01", "feeText": "Lệ phí do HĐND tỉnh quy định", "feeAmount": 0,
                 "legalBasis": ["Nghị định số 123/2015/NĐ-CP"],
                 "documents": [{"code": "to-khai", "name": "Tờ khai đăng ký lại kết hôn", "originals": 1,
                                "certifiedCopies": 0, "copies": 0, "mandatory": true, "countsPages": false}]}""";
        Answer answer = put("/api/admin/procedures/1.004746", "qt.tinh", definition);
        assertEquals(answer.body(), 200, answer.status());
        assertEquals(200, get("/api/procedures/1.004746", null).status());
        String code = receive("tn.vocuong", """
                {"procedureCode": "1.004746", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Ngô Thị Lại", "idNumber": "027190008888"},
                 "documents": [{"code": "to-khai", "originals": 1}]}""".formatted(VO_CUONG)).json().get("code").asText();
        assertTrue(code.startsWith(VO_CUONG));

        assertEquals(403, put("/api/admin/procedures/1.004746", "tn.vocuong", definition).status());
        assertEquals("a field bundle owns it", 409, put("/api/admin/procedures/2.000815", "qt.tinh", definition).status());
        String twice = definition.replace("\"documents\": [", """
                "documents": [{"code": "to-khai", "name": "Tờ khai", "originals": 1, "mandatory": true},""");
        Answer refused = put("/api/admin/procedures/1.004746", "qt.tinh", twice);
        assertEquals(refused.body(), 422, refused.status());
        assertTrue(refused.body(), refused.body().contains("hai thành phần hồ sơ cùng mã to-khai"));
        String sameField = definition.replace("\"onlineLevel\"", """
                "formFields": [{"name": "nguoiGiamHo", "label": "Người giám hộ", "type": "TEXT", "required": true},
                               {"name": "nguoiGiamHo", "label": "Ngày giám hộ", "type": "DATE", "required": true}],
                "onlineLevel\"""");
        Answer twoFields = put("/api/admin/procedures/1.004746", "qt.tinh", sameField);
        assertEquals(twoFields.body(), 422, twoFields.status());
        assertTrue(twoFields.body(), twoFields.body().contains("hai trường biểu mẫu cùng tên nguoiGiamHo"));
        // a field to choose from: listed with its choices, and a value not among them refused by the core
        String withChoice = definition.replace("\"onlineLevel\"", """
                "formFields": [{"name": "quanHe", "label": "Quan hệ với người được giám hộ", "type": "CHOICE",
                                "required": true, "choices": [{"value": "cha-me", "label": "Cha, mẹ"},
                                                              {"value": "anh-chi-em", "label": "Anh, chị, em ruột"}]}],
                "onlineLevel\"""");
        Answer noChoices = put("/api/admin/procedures/1.004746", "qt.tinh", withChoice.replaceAll(
                "\"choices\": \\[[^\\]]*\\]", "\"choices\": []"));
        assertEquals(noChoices.body(), 400, noChoices.status());
        assertTrue(noChoices.body(), noChoices.json().get("message").asText()
                .contains("quanHe: trường kiểu CHOICE cần danh sách lựa chọn (choices)"));
        Answer choiceDefined = put("/api/admin/procedures/1.004746", "qt.tinh", withChoice);
        assertEquals(choiceDefined.body(), 200, choiceDefined.status());
        waitUntil("the choices listed", () -> get("/api/procedures/1.004746", null).body().contains("Anh, chị, em ruột"));
        String choiceRequest = """
                {"procedureCode": "1.004746", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Ngô Thị Lại", "idNumber": "027190008888"},
                 "documents": [{"code": "to-khai", "originals": 1}], "form": {"quanHe": "%s"}}""";
        Answer wrongChoice = post("/api/dossiers", "tn.vocuong", choiceRequest.formatted(VO_CUONG, "ong-ba"));
        assertEquals(wrongChoice.body(), 422, wrongChoice.status());
        assertEquals("form.choice", wrongChoice.json().at("/problems/0/code").asText());
        assertTrue(wrongChoice.body(), wrongChoice.body().contains("cha-me (Cha, mẹ); anh-chi-em (Anh, chị, em ruột)"));
        assertEquals(201, post("/api/dossiers", "tn.vocuong", choiceRequest.formatted(VO_CUONG, "anh-chi-em")).status());
        // a new time limit announced for a day ahead: today's version still serves, both are listed
        String ahead = java.time.LocalDate.now().plusDays(30).toString();
        Answer scheduled = put("/api/admin/procedures/1.004746", "qt.tinh", withChoice
                .replace("\"amount\": 5", "\"amount\": 7").replace("2016-01-01", ahead));
        assertEquals(scheduled.body(), 200, scheduled.status());
        JsonNode served = get("/api/procedures/1.004746", null).json();
        assertEquals(served.toString(), 5, served.at("/timeLimit/amount").asInt());
        List<String> listed = new ArrayList<>();
        for (JsonNode v : get("/api/admin/procedures", "qt.tinh").json()) {
            if (v.get("code").asText().equals("1.004746")) {
                listed.add(v.get("effectiveFrom").asText() + " " + v.at("/timeLimit/amount").asInt());
            }
        }
        assertEquals(List.of("2016-01-01 5", ahead + " 7"), listed);
        assertEquals(201, post("/api/dossiers", "tn.vocuong", choiceRequest.formatted(VO_CUONG, "anh-chi-em")).status());
        assertEquals(204, delete("/api/admin/procedures/1.004746", "qt.tinh").status());
        assertEquals(404, get("/api/procedures/1.004746", null).status());
        assertEquals("its dossier stays", 200, get("/api/dossiers/" + code, "tn.vocuong").status());
    }

    @Test
    public void aProcedureFileThatIsNotUtf8IsSkippedAndTheOthersStay() throws Exception {
        Path folder = Path.of(System.getProperty("karaf.etc"), "motcua-procedures");
        Path legacy = folder.resolve("zz-windows-1258.properties");
        Path added = folder.resolve("zz-cham-dut-giam-ho.properties");
        String definition = """
                field=ho-tich|Hộ tịch
                1.004845.name=Đăng ký chấm dứt giám hộ
                1.004845.timeLimit=2 WORKING_DAYS
                1.004845.effectiveFrom=2016-01-01
                1.004845.document.1=to-khai;1;0;0;mandatory;Tờ khai đăng ký chấm dứt giám hộ
                """;
        try {
            // Vietnamese saved by an old editor in Windows-1258: not UTF-8
            Files.write(legacy, definition.replace("1.004845", "1.004846").getBytes(java.nio.charset.Charset
                    .forName("windows-1258")));
            // a byte-order mark, as Notepad writes, is no problem
            Files.write(added, ("\uFEFF" + definition).getBytes(StandardCharsets.UTF_8));
            waitUntil("the new file read", 30, () -> get("/api/procedures/1.004845", null).status() == 200);
            assertEquals("the other files' procedures stay", 200, get("/api/procedures/2.000908", null).status());
            assertEquals(404, get("/api/procedures/1.004846", null).status());
        } finally {
            Files.deleteIfExists(legacy);
            Files.deleteIfExists(added);
        }
        waitUntil("withdrawn with its file", 30, () -> get("/api/procedures/1.004845", null).status() == 404);
    }

    @Test
    public void aWardMergedAwayOffersNothingReceivesNoTransferAndGetsNoNewAccount() throws Exception {
        Path file = Path.of(System.getProperty("karaf.etc"), "motcua-agencies.csv");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        String merged = "000.98.01.H07";
        try {
            Files.writeString(file, original + merged + ",Phường Đã Sáp Nhập,COMMUNE,000.00.01.H07,2018-01-01,2025-06-30\n",
                    StandardCharsets.UTF_8);
            waitUntil("the agencies re-read", () -> get("/api/agencies/" + merged, null).status() == 200);
            assertEquals("offered while it existed", true,
                    get("/api/catalogue?agency=" + merged + "&date=2024-06-03", null).json().size() > 0);
            assertEquals("nothing since", 0, get("/api/catalogue?agency=" + merged, null).json().size());
            assertTrue("ranked in a year it existed", get("/api/reports/ranking?year=2024", "qt.tinh").body()
                    .contains(merged));
            assertFalse("not ranked in a year after it", get("/api/reports/ranking?year="
                    + java.time.LocalDate.now().getYear(), "qt.tinh").body().contains(merged));

            String code = receive("tn.vocuong", copyCertification(VO_CUONG, "Ngô Văn Liên Thông")).json().get("code")
                    .asText();
            assertEquals(200, post("/api/dossiers/" + code + "/transitions", "tn.vocuong",
                    "{\"action\": \"HAND_OVER\"}").status());
            Answer transfer = post("/api/dossiers/" + code + "/transitions", "cv.vocuong", """
                    {"action": "TRANSFER", "toAgency": "%s", "workingDays": 2, "note": "Xác minh"}""".formatted(merged));
            assertEquals(transfer.body(), 422, transfer.status());
            assertEquals("transition.agency.unknown", transfer.json().at("/problems/0/code").asText());

            Answer account = post("/api/admin/users", "qt.tinh", """
                    {"userName": "tn.dasapnhap", "displayName": "Cán Bộ Cũ", "roles": ["RECEPTION_CLERK"],
                     "agencyCode": "%s", "password": "MatKhau123"}""".formatted(merged));
            assertEquals(account.body(), 422, account.status());
            assertEquals("user.agency.inactive", account.json().at("/problems/0/code").asText());
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
            waitUntil("the demo agencies back", () -> get("/api/agencies/" + merged, null).status() == 404);
        }
    }

    @Test
    public void aProvinceAdministratorBelongsToTheProvinceNotToAWard() throws Exception {
        Answer atWard = post("/api/admin/users", "qt.tinh", """
                {"userName": "qt.phuong.thu", "displayName": "Quản Trị Phường", "roles": ["PROVINCE_ADMIN"],
                 "agencyCode": "%s", "password": "MatKhau123"}""".formatted(VO_CUONG));
        assertEquals(atWard.body(), 422, atWard.status());
        assertEquals("user.role.provinceAdmin", atWard.json().at("/problems/0/code").asText());
        assertEquals("Tài khoản chưa hợp lệ: 1 lỗi.", atWard.json().get("message").asText());
        Answer unitAdmin = post("/api/admin/users", "qt.tinh", """
                {"userName": "qt.vocuong.thu", "displayName": "Quản Trị Võ Cường", "roles": ["AGENCY_ADMIN"],
                 "agencyCode": "%s", "password": "%s"}""".formatted(VO_CUONG, DEMO_PASSWORD));
        assertEquals(unitAdmin.body(), 201, unitAdmin.status());
        // the unit administrator may not hand out the province's rights
        assertEquals(403, post("/api/admin/users", "qt.vocuong.thu", """
                {"userName": "qt.khac", "displayName": "Khác", "roles": ["PROVINCE_ADMIN"],
                 "agencyCode": "%s", "password": "MatKhau123"}""".formatted(VO_CUONG)).status());
    }

    @Test
    public void registerNumbersAreUniqueAndGapFreeUnderConcurrentApprovals() throws Exception {
        String kimChan = "000.15.01.H07";
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String code = receive("tn.kimchan", copyCertification(kimChan, "Người " + i)).json().get("code").asText();
            json(act("tn.kimchan", code, "{\"action\": \"HAND_OVER\"}"));
            json(act("cv.kimchan", code, "{\"action\": \"PROPOSE\"}"));
            codes.add(code);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<JsonNode>> approvals = new ArrayList<>();
            for (String code : codes) {
                approvals.add(pool.submit((Callable<JsonNode>) () -> JSON.readTree(json(act("ld.kimchan", code,
                        "{\"action\": \"APPROVE\", \"result\": \"Bản sao chứng thực\"}")))));
            }
            // a book per year ("quyển số 01/2026-SCT/BS"): approvals across New Year's Eve start the next at Số 1
            Map<String, Set<Integer>> byBook = new java.util.TreeMap<>();
            for (Future<JsonNode> f : approvals) {
                String entry = f.get(60, TimeUnit.SECONDS).at("/progress/registerEntry").asText();
                assertTrue(entry, entry.contains("SCT/BS") && entry.contains("Sổ chứng thực bản sao từ bản chính"));
                byBook.computeIfAbsent(entry.substring(entry.indexOf("quyển số")), k -> new HashSet<>())
                        .add(Integer.parseInt(entry.substring(3, entry.indexOf(','))));
            }
            assertEquals(12, byBook.values().stream().mapToInt(Set::size).sum());
            for (Set<Integer> numbers : byBook.values()) {
                assertEquals("gap-free: " + byBook, numbers.size() - 1, numbers.stream().max(Integer::compare)
                        .orElseThrow() - numbers.stream().min(Integer::compare).orElseThrow());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void aProvincesOwnBundleIsInstalledAtRuntimeAndReceivesDossiers() throws Exception {
        assertEquals(404, get("/api/procedures/1.001022", null).status());
        // as docs/extending.md says (feature:install -r, no refresh): the API keeps answering meanwhile
        ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (polling.get()) {
                try {
                    answers.add(get("/api/procedures/1.001193", null).status());
                    Thread.sleep(50);
                } catch (Exception e) {
                    answers.add(-1);
                }
            }
        });
        poller.setDaemon(true);
        poller.start();
        features.installFeature("motcua-example-province", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        try {
            waitUntil("1.001022 offered", () -> procedureCatalog.find("1.001022").isPresent());
            String request = """
                    {"procedureCode": "1.001022", "agencyCode": "%s", "channel": "COUNTER",
                     "applicant": {"fullName": "Trần Văn Cha", "idNumber": "027080001111"},
                     "documents": [{"code": "to-khai", "originals": 1}, {"code": "chung-cu", "originals": 1},
                                   {"code": "giay-to-tuy-than", "originals": 1}],
                     "form": {"parentFullName": "Trần Văn Cha", "parentBirthDate": "%s",
                              "childFullName": "Trần Văn Con", "childBirthDate": "2010-03-02"}}""";
            JsonNode d = receive("tn.vocuong", request.formatted(VO_CUONG, "1980-05-01")).json();
            assertEquals("1.001022", d.get("procedureCode").asText());
            assertEquals(3, d.at("/timeLimit/amount").asInt());
            Answer refused = post("/api/dossiers", "tn.vocuong", request.formatted(VO_CUONG, "2011-01-01"));
            assertEquals(422, refused.status());
            assertEquals("Người nhận phải nhiều tuổi hơn người được nhận.",
                    refused.json().at("/problems/0/message").asText());
        } finally {
            try {
                features.uninstallFeature("motcua-example-province", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
                waitUntil("1.001022 withdrawn", () -> procedureCatalog.find("1.001022").isEmpty());
            } finally {
                polling.set(false);
                poller.join();
            }
        }
        assertFalse(get("/api/procedures", null).body().contains("1.001022"));
        assertTrue("polled " + answers.size(), answers.size() > 5);
        assertTrue("the API stayed up while a province bundle came and went: " + answers,
                answers.stream().allMatch(status -> status == 200));
    }

    /** A procedure bundle with faults, switched on and off by the test. */
    static final class FaultyProcedure implements vn.motcua.procedure.Procedure {
        volatile boolean feeFails;
        volatile boolean validateFails;
        volatile boolean resultFails;
        private final vn.motcua.procedure.ProcedureDescriptor descriptor = new vn.motcua.procedure.ProcedureDescriptor(
                "1.999901", "Thủ tục thử nghiệm lỗi của gói", new vn.motcua.procedure.ProcedureField("thu-nghiem",
                "Thử nghiệm"), new vn.motcua.calendar.TimeLimit(1, vn.motcua.calendar.TimeLimitUnit.WORKING_DAYS),
                List.of(new vn.motcua.procedure.RequiredDocument("to-khai", "Tờ khai", 1, 0, 0, true, false)),
                List.of(), vn.motcua.procedure.OnlineLevel.PARTIAL, List.of(), "Không thu phí",
                java.time.LocalDate.of(2020, 1, 1), null);

        @Override
        public vn.motcua.procedure.ProcedureDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public vn.motcua.procedure.Fee fee(vn.motcua.procedure.Submission submission) {
            if (feeFails) {
                throw new IllegalStateException("bảng phí hỏng");
            }
            return new vn.motcua.procedure.Fee(0, List.of("Không thu phí"));
        }

        @Override
        public List<vn.motcua.procedure.Problem> validate(vn.motcua.procedure.Submission submission) {
            if (validateFails) {
                throw new NumberFormatException("For input string: \"hai\"");
            }
            return List.of();
        }

        @Override
        public String resultDocument(vn.motcua.procedure.ResultContext context) {
            if (resultFails) {
                throw new IllegalStateException("mẫu kết quả hỏng");
            }
            return "<p>Kết quả " + context.dossierCode() + "</p>";
        }
    }

    @Test
    public void aFailingProcedureBundleGivesAClearAnswerAndItsResultIsMadeOnceItWorks() throws Exception {
        FaultyProcedure faulty = new FaultyProcedure();
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put(vn.motcua.procedure.Procedure.PROCEDURE_CODE, "1.999901");
        props.put(vn.motcua.procedure.Procedure.PROCEDURE_FIELD, "thu-nghiem");
        var registration = bundleContext.registerService(vn.motcua.procedure.Procedure.class, faulty, props);
        try {
            waitUntil("1.999901 offered", () -> procedureCatalog.find("1.999901").isPresent());
            String request = """
                    {"procedureCode": "1.999901", "agencyCode": "%s", "channel": "COUNTER",
                     "applicant": {"fullName": "Nguyễn Văn Thử", "idNumber": "027080009999"},
                     "documents": [%s], "form": {}}""";
            String withForm = request.formatted(VO_CUONG, "{\"code\": \"to-khai\", \"originals\": 1}");

            faulty.feeFails = true;
            Answer fee = post("/api/dossiers", "tn.vocuong", withForm);
            assertEquals(fee.body(), 500, fee.status());
            assertEquals("procedure.failed", fee.json().get("error").asText());
            assertTrue(fee.body(), fee.json().get("message").asText().startsWith(
                    "Thủ tục 1.999901 gặp lỗi khi tính phí, lệ phí: hồ sơ chưa được lưu."));
            assertFalse(fee.body().contains("Exception"));
            // the counter's live quote is not a 0 đ a clerk would read as free
            Answer quote = post("/api/procedures/1.999901/fee", "tn.vocuong", "{\"agencyCode\": \"" + VO_CUONG + "\"}");
            assertEquals(quote.body(), 200, quote.status());
            assertFalse(quote.body(), quote.json().get("computed").asBoolean());
            assertTrue(quote.body(), quote.body().contains("Chưa tính được phí"));
            faulty.feeFails = false;

            // a bundle reading a value the core has already refused: the clerk sees the core's problem
            faulty.validateFails = true;
            Answer missing = post("/api/dossiers", "tn.vocuong", request.formatted(VO_CUONG, ""));
            assertEquals(missing.body(), 422, missing.status());
            assertTrue(missing.body(), missing.body().contains("to-khai"));
            Answer thrown = post("/api/dossiers", "tn.vocuong", withForm);
            assertEquals(thrown.body(), 500, thrown.status());
            assertTrue(thrown.body(), thrown.body().contains("Thủ tục 1.999901 gặp lỗi khi kiểm tra hồ sơ"));
            faulty.validateFails = false;

            // the leader's approval stands when the bundle cannot print; the result is made once it can
            String code = receive("tn.vocuong", withForm).json().get("code").asText();
            json(act("tn.vocuong", code, "{\"action\": \"HAND_OVER\", \"assignee\": \"cv.vocuong\"}"));
            json(act("cv.vocuong", code, "{\"action\": \"PROPOSE\"}"));
            faulty.resultFails = true;
            Answer approved = act("ld.vocuong", code, "{\"action\": \"APPROVE\", \"result\": \"Đồng ý\"}");
            assertEquals(approved.body(), 200, approved.status());
            assertEquals("RESULT_READY", approved.json().get("status").asText());
            Answer failing = get("/api/dossiers/" + code + "/result", "tn.vocuong");
            assertEquals(failing.body(), 500, failing.status());
            assertTrue(failing.body(), failing.json().get("message").asText().contains("gặp lỗi khi lập bản in kết quả"));
            faulty.resultFails = false;
            Answer result = get("/api/dossiers/" + code + "/result", "tn.vocuong");
            assertEquals(result.body(), 200, result.status());
            assertTrue(result.body(), result.body().contains("Kết quả " + code));
        } finally {
            registration.unregister();
        }
    }
}
