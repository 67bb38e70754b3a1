package vn.motcua.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Civil status and social policy, installed at runtime like any field, with their rules and results. */
public class FieldsIT extends MotcuaTestSupport {

    @Inject
    FeaturesService features;

    private static String birth(LocalDate born) {
        return """
                {"procedureCode": "1.001193", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Nguyễn Thị Mẹ", "idNumber": "027195004321", "phone": "0912345678"},
                 "documents": [{"code": "to-khai", "originals": 1}, {"code": "giay-chung-sinh", "originals": 1},
                               {"code": "giay-to-tuy-than", "originals": 1}],
                 "form": {"childFullName": "Nguyễn Minh Khang", "childBirthDate": "%s", "childGender": "Nam",
                          "birthPlace": "Bệnh viện Sản Nhi tỉnh Bắc Ninh", "motherFullName": "Nguyễn Thị Mẹ",
                          "declarantRelation": "Mẹ"}}""".formatted(VO_CUONG, born);
    }

    private void waitFor(String code, boolean present) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        while (procedureCatalog.find(code).isPresent() != present) {
            if (System.nanoTime() > until) {
                throw new AssertionError(code + " still " + (present ? "absent" : "present"));
            }
            Thread.sleep(100);
        }
    }

    /** A transition that must succeed: its answer. */
    private JsonNode acted(String user, String code, String json) throws Exception {
        Answer a = act(user, code, json);
        assertEquals(a.body(), 200, a.status());
        return a.json();
    }

    @Test
    public void civilStatusInstalledAtRuntimeRegistersABirthWithItsNumberAndExtract() throws Exception {
        features.uninstallFeature("motcua-civil-status", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        waitFor("1.001193", false);
        assertEquals(422, post("/api/dossiers", "tn.vocuong", birth(LocalDate.now().minusDays(10))).status());
        features.installFeature("motcua-civil-status", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        waitFor("1.001193", true);

        JsonNode d = receive("tn.vocuong", birth(LocalDate.now().minusDays(10))).json();
        assertEquals("registered within 60 days: free", 0, d.get("fee").asLong());
        String code = d.get("code").asText();
        acted("tn.vocuong", code, "{\"action\": \"HAND_OVER\"}");
        acted("cv.vocuong", code, "{\"action\": \"PROPOSE\"}");
        JsonNode approved = acted("ld.vocuong", code, "{\"action\": \"APPROVE\", \"result\": \"Giấy khai sinh\"}");
        String entry = approved.at("/progress/registerEntry").asText();
        assertTrue(entry, entry.contains("Sổ đăng ký khai sinh"));
        Answer extract = get("/api/dossiers/" + code + "/result", "tn.vocuong");
        assertEquals(200, extract.status());
        assertTrue(extract.body().contains("TRÍCH LỤC KHAI SINH"));
        assertTrue(extract.body().contains("Nguyễn Minh Khang"));

        // uninstalling the field keeps the dossier readable and its printable result
        features.uninstallFeature("motcua-civil-status", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        try {
            waitFor("1.001193", false);
            assertEquals(200, get("/api/dossiers/" + code, "tn.vocuong").status());
            assertTrue(get("/api/dossiers/" + code + "/result", "tn.vocuong").body().contains("TRÍCH LỤC KHAI SINH"));
            assertEquals(200, get("/api/dossiers/" + code + "/slips/control", "tn.vocuong").status());
        } finally {
            features.installFeature("motcua-civil-status", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        }
        waitFor("1.001193", true);
    }

    @Test
    public void marriageAgeIsCheckedWithAVietnameseMessage() throws Exception {
        LocalDate today = LocalDate.now();
        String marriage = """
                {"procedureCode": "1.000894", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Lê Văn Trẻ", "idNumber": "027206001111"},
                 "documents": [{"code": "to-khai", "originals": 1}, {"code": "giay-to-tuy-than", "originals": 2}],
                 "form": {"party1FullName": "Lê Văn Trẻ", "party1BirthDate": "%s", "party1Gender": "Nam",
                          "party1IdNumber": "027206001111", "party2FullName": "Trần Thị Hoa",
                          "party2BirthDate": "%s", "party2Gender": "Nữ", "party2IdNumber": "027306002222"}}""";
        Answer refused = post("/api/dossiers", "tn.vocuong",
                marriage.formatted(VO_CUONG, today.minusYears(19), today.minusYears(19)));
        assertEquals(refused.body(), 422, refused.status());
        String message = refused.json().at("/problems/0/message").asText();
        assertTrue(message, message.contains("20 tuổi"));
        assertEquals(201, post("/api/dossiers", "tn.vocuong",
                marriage.formatted(VO_CUONG, today.minusYears(20), today.minusYears(18))).status());
    }

    @Test
    public void aBirthDateCorrectedAfterAcceptanceIsPricedAgain() throws Exception {
        JsonNode d = receive("tn.vocuong", birth(LocalDate.now().minusDays(10))).json();
        String code = d.get("code").asText();
        assertTrue(d.get("feeLines").toString(), d.get("feeLines").toString().contains("đúng hạn"));
        acted("tn.vocuong", code, "{\"action\": \"HAND_OVER\"}");
        acted("cv.vocuong", code, """
                {"action": "REQUEST_SUPPLEMENT", "note": "Ngày sinh trên tờ khai khác giấy chứng sinh",
                 "requestedDocuments": [{"code": "to-khai", "reason": "Khai lại ngày sinh theo giấy chứng sinh"}]}""");
        // a correction that changes nothing is not one
        Answer same = post("/api/dossiers/" + code + "/transitions", "tn.vocuong", """
                {"action": "SUPPLEMENT", "form": {"childGender": "nam"}}""");
        assertEquals(same.body(), 422, same.status());
        assertEquals("form.unchanged", same.json().at("/problems/0/code").asText());
        LocalDate born = LocalDate.parse(d.get("receivedAt").asText().substring(0, 10)).minusDays(100);
        JsonNode corrected = acted("tn.vocuong", code, """
                {"action": "SUPPLEMENT", "form": {"childBirthDate": "%s"}}""".formatted(born));
        assertEquals(born.toString(), corrected.at("/form/childBirthDate").asText());
        assertTrue("born 100 days before the reception: late, priced again",
                corrected.get("feeLines").toString().contains("quá thời hạn 60 ngày"));
    }

    @Test
    public void theFeeQuoteNamesAValueThatCanNeverBeRightAndPricesAFormStillBeingFilled() throws Exception {
        String path = "/api/procedures/2.001035/fee";
        Answer wrong = post(path, "tn.vocuong", """
                {"agencyCode": "%s", "documents": [], "form": {"assetKind": "tau-bay"}}""".formatted(VO_CUONG));
        assertEquals(wrong.body(), 422, wrong.status());
        assertEquals("form.choice", wrong.json().at("/problems/0/code").asText());
        assertTrue(wrong.body(), wrong.json().at("/problems/0/message").asText().contains("nha-o (Nhà ở)"));
        // missing fields are not wrong while the clerk is still typing; a value in another case is the listed one
        Answer partial = post(path, "tn.vocuong", """
                {"agencyCode": "%s", "documents": [], "form": {"assetKind": "NHA-O"}}""".formatted(VO_CUONG));
        assertEquals(partial.body(), 200, partial.status());
        assertTrue(partial.body(), partial.json().get("fee").asLong() >= 0);
        assertTrue(partial.body(), partial.json().get("computed").isBoolean());
        Answer billions = post("/api/procedures/2.000815/fee", null, """
                {"agencyCode": "%s", "channel": "ONLINE",
                 "documents": [{"code": "ban-chinh", "originals": 1, "copies": 2147483647, "pages": 1}]}""".formatted(VO_CUONG));
        assertEquals(billions.body(), 422, billions.status());
        assertEquals("document.quantity.invalid", billions.json().at("/problems/0/code").asText());
        // the label, as another system copies it from the form, is the listed value
        assertEquals(200, post(path, "tn.vocuong", """
                {"agencyCode": "%s", "documents": [], "form": {"assetKind": "Nhà ở"}}""".formatted(VO_CUONG)).status());
        JsonNode received = receive("tn.vocuong", """
                {"procedureCode": "2.001035", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Lê Văn Nhãn", "idNumber": "027190007777", "phone": "0912345678"},
                 "documents": [{"code": "du-thao-hop-dong", "originals": 1}, {"code": "giay-to-tuy-than", "copies": 1}],
                 "form": {"contractName": "Hợp đồng mua bán xe máy", "assetKind": "ĐỘNG SẢN"}}""".formatted(VO_CUONG)).json();
        assertEquals("dong-san", received.at("/form/assetKind").asText());
    }

    @Test
    public void burialSupportShowsTheAmountFromTheStandardLevel() throws Exception {
        Answer d = receive("tn.vocuong", """
                {"procedureCode": "1.001731", "agencyCode": "%s", "channel": "COUNTER",
                 "applicant": {"fullName": "Phạm Văn Con", "idNumber": "027180003333"},
                 "documents": [{"code": "to-khai", "originals": 1}, {"code": "giay-chung-tu", "copies": 1}],
                 "form": {"deceasedFullName": "Phạm Văn Cụ", "deathDate": "%s", "applicantRelation": "Con"}}"""
                .formatted(VO_CUONG, LocalDate.now().minusDays(3)));
        assertEquals(0, d.json().get("fee").asLong());
        assertTrue(d.body(), d.json().get("feeLines").toString().contains("10.000.000"));
    }
}
