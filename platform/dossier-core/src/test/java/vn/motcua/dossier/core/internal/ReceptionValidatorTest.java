package vn.motcua.dossier.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ReceptionRequest;
import vn.motcua.procedure.FormField;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcedureField;
import vn.motcua.procedure.RequiredDocument;
import vn.motcua.procedure.Submission.Applicant;
import vn.motcua.procedure.Submission.SubmittedDocument;

public class ReceptionValidatorTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    static final Agency VO_CUONG = new Agency("000.10.01.H07", "UBND phường Võ Cường", Agency.Level.COMMUNE,
            "000.00.01.H07", null, null);
    static final ProcedureDescriptor CONTRACT = new ProcedureDescriptor("2.001035", "Chứng thực hợp đồng",
            new ProcedureField("chung-thuc", "Chứng thực"), TimeLimit.workingDays(2),
            List.of(new RequiredDocument("du-thao", "Dự thảo hợp đồng", 1, 0, 0, true, false),
                    new RequiredDocument("ban-sao", "Bản sao giấy tờ", 0, 0, 1, false, true)),
            List.of(new FormField("contractName", "Tên hợp đồng", FormField.Type.TEXT, true, 20),
                    new FormField("signedOn", "Ngày ký", FormField.Type.DATE, false, 0),
                    new FormField("parties", "Số bên", FormField.Type.INTEGER, false, 0),
                    new FormField("witness", "Số định danh người làm chứng", FormField.Type.ID_NUMBER, false, 0),
                    new FormField("assetKind", "Loại tài sản", FormField.Type.CHOICE, false, 40,
                            List.of(new FormField.Choice("dong-san", "Động sản"), new FormField.Choice("nha-o", "Nhà ở")))),
            OnlineLevel.NONE, List.of(), "50.000 đồng", LocalDate.of(2015, 4, 10), LocalDate.of(2027, 12, 31));
    static final Applicant APPLICANT =
            new Applicant("Nguyễn Thị Phương Hoa", "027190001234", "0912 345 678", "Võ Cường", "hoa@example.vn");

    private static ReceptionRequest request(Applicant a, List<SubmittedDocument> docs, Map<String, String> form) {
        return new ReceptionRequest("2.001035", "000.10.01.H07", Channel.COUNTER, a, docs, form);
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).collect(Collectors.toList());
    }

    @Test
    public void aCompleteRequestHasNoProblem() {
        List<Problem> problems = ReceptionValidator.validate(request(APPLICANT,
                List.of(new SubmittedDocument("du-thao", 1, 0, 0, 0)), Map.of("contractName", "Mua bán xe máy")),
                CONTRACT, VO_CUONG, DAY);
        assertEquals(List.of(), problems);
    }

    @Test
    public void reportsEveryProblemAtOnce() {
        Map<String, String> form = new HashMap<>();
        form.put("signedOn", "30/11/2026");
        form.put("parties", "hai");
        form.put("witness", "12345");
        List<Problem> problems = ReceptionValidator.validate(new ReceptionRequest("2.001035", "000.10.01.H07", null,
                new Applicant(" ", "02719000123x", "12345", null, "not-an-email"),
                List.of(new SubmittedDocument("ban-sao", -1, 0, 1, 0), new SubmittedDocument("la", 1, 0, 0, 0)),
                form), CONTRACT, VO_CUONG, DAY);
        assertEquals(List.of("channel.required", "applicant.fullName.required", "applicant.idNumber.invalid",
                "applicant.phone.invalid", "applicant.email.invalid", "document.quantity.invalid", "document.unknown",
                "document.missing", "form.required", "form.date", "form.integer", "form.idNumber"), codes(problems));
        Problem missing = problems.get(7);
        assertEquals("documents", missing.field());
        assertEquals("Thiếu thành phần hồ sơ bắt buộc: Dự thảo hợp đồng (du-thao).", missing.message());
        assertEquals("documents[1].code", problems.get(6).field());
    }

    @Test
    public void anOnlineApplicantGivesAPhoneOrAnEmail() {
        List<SubmittedDocument> docs = List.of(new SubmittedDocument("du-thao", 1, 0, 0, 0));
        Map<String, String> form = Map.of("contractName", "Mua bán xe máy");
        Applicant silent = new Applicant("Nguyễn Văn Không Số", "027190001234", null, null, " ");
        List<Problem> online = ReceptionValidator.validate(new ReceptionRequest("2.001035", "000.10.01.H07",
                Channel.ONLINE, silent, docs, form), CONTRACT, VO_CUONG, DAY);
        assertEquals(List.of("applicant.contact.required"), codes(online));
        assertTrue(online.get(0).message().startsWith("Hồ sơ nộp trực tuyến cần số điện thoại hoặc thư điện tử"));
        assertEquals("at the counter the clerk has the applicant before them", List.of(),
                ReceptionValidator.validate(request(silent, docs, form), CONTRACT, VO_CUONG, DAY));
        Applicant byEmail = new Applicant("Nguyễn Văn Thư", "027190001234", null, null, "thu@example.vn");
        assertEquals(List.of(), ReceptionValidator.validate(new ReceptionRequest("2.001035", "000.10.01.H07",
                Channel.ONLINE, byEmail, docs, form), CONTRACT, VO_CUONG, DAY));
    }

    @Test
    public void aFormKeyTheProcedureDoesNotHaveIsRefused() {
        List<Problem> problems = ReceptionValidator.validate(request(APPLICANT,
                List.of(new SubmittedDocument("du-thao", 1, 0, 0, 0)),
                Map.of("contractName", "Mua bán xe máy", "contractNam", "lỗi gõ")), CONTRACT, VO_CUONG, DAY);
        assertEquals(List.of("form.unknown"), codes(problems));
        assertEquals("form.contractNam", problems.get(0).field());
        assertEquals("Tờ khai của thủ tục này không có trường contractNam (các trường: contractName, signedOn, "
                + "parties, witness, assetKind).", problems.get(0).message());
    }

    @Test
    public void textsAreStoredComposedWhateverTheKeyboardSent() {
        String decomposed = java.text.Normalizer.normalize("Trần Thị Ánh Tuyết", java.text.Normalizer.Form.NFD);
        ReceptionRequest sent = request(new Applicant(decomposed, "027190001234", null, decomposed, null),
                List.of(), Map.of("contractName", decomposed));
        ReceptionRequest stored = ReceptionValidator.composed(sent);
        assertEquals("Trần Thị Ánh Tuyết", stored.applicant().fullName());
        assertEquals("Trần Thị Ánh Tuyết", stored.applicant().address());
        assertEquals("Trần Thị Ánh Tuyết", stored.form().get("contractName"));
        ReceptionRequest already = request(APPLICANT, List.of(), Map.of("contractName", "Mua bán"));
        assertSame("nothing to rewrite: the same request", already, ReceptionValidator.composed(already));
    }

    @Test
    public void unknownOrExpiredProcedureAndAgency() {
        ReceptionRequest r = request(APPLICANT, List.of(), Map.of());
        assertEquals(List.of("procedure.unknown", "agency.unknown"),
                codes(ReceptionValidator.validate(r, null, null, DAY)));
        Agency merged = new Agency("000.10.01.H07", "UBND phường Võ Cường", Agency.Level.COMMUNE, null, null,
                LocalDate.of(2025, 6, 30));
        List<String> later = codes(ReceptionValidator.validate(request(APPLICANT,
                List.of(new SubmittedDocument("du-thao", 1, 0, 0, 0)), Map.of("contractName", "X")),
                CONTRACT, merged, LocalDate.of(2028, 1, 2)));
        assertEquals(List.of("procedure.notEffective", "agency.inactive"), later);
    }

    @Test
    public void countsPagesWhereTheProcedureDoes() {
        List<String> problems = codes(ReceptionValidator.validate(request(APPLICANT,
                List.of(new SubmittedDocument("du-thao", 1, 0, 0, 0), new SubmittedDocument("ban-sao", 0, 0, 2, 0)),
                Map.of("contractName", "X")), CONTRACT, VO_CUONG, DAY));
        assertEquals(List.of("document.pages.required"), problems);
    }

    @Test
    public void limitsLengthsAndDuplicates() {
        List<String> problems = codes(ReceptionValidator.validate(request(
                new Applicant("A".repeat(201), "027190001234", "+84912345678", "B".repeat(501), null),
                List.of(new SubmittedDocument("du-thao", 1, 0, 0, 0), new SubmittedDocument("du-thao", 1, 0, 0, 0)),
                Map.of("contractName", "Một tên hợp đồng quá dài")), CONTRACT, VO_CUONG, DAY));
        assertEquals(List.of("applicant.fullName.tooLong", "applicant.address.tooLong", "document.duplicate",
                "form.tooLong"), problems);
    }

    @Test
    public void phoneNumbersAreTypedWithSeparators() {
        assertEquals("0912345678", ReceptionValidator.normalizePhone("0912.345-678"));
        assertEquals("02223826123", ReceptionValidator.normalizePhone("(0222) 3826 123"));
        assertTrue(ReceptionValidator.validate(request(new Applicant("A", "027190001234", "(0222) 3826 123", null,
                null), List.of(new SubmittedDocument("du-thao", 1, 0, 0, 0)), Map.of("contractName", "X")),
                CONTRACT, VO_CUONG, DAY).isEmpty());
    }

    @Test
    public void aChoiceMustBeOneOfTheFieldsValues() {
        List<SubmittedDocument> docs = List.of(new SubmittedDocument("du-thao", 1, 0, 0, 0));
        assertEquals(List.of(), ReceptionValidator.validate(request(APPLICANT, docs,
                Map.of("contractName", "Tặng cho", "assetKind", "nha-o")), CONTRACT, VO_CUONG, DAY));
        // whatever the case: a value that worked with the field bundle's own check keeps working
        assertEquals(List.of(), ReceptionValidator.validate(request(APPLICANT, docs,
                Map.of("contractName", "Tặng cho", "assetKind", "Nha-O ")), CONTRACT, VO_CUONG, DAY));
        // and is stored, and read by the field bundle, as the choice lists it
        ReceptionRequest typed = request(APPLICANT, docs, Map.of("contractName", "Tặng cho", "assetKind", "Nha-O "));
        assertEquals(Map.of("contractName", "Tặng cho", "assetKind", "nha-o"),
                ReceptionValidator.withChoicesAsListed(typed, CONTRACT).form());
        ReceptionRequest listed = request(APPLICANT, docs, Map.of("contractName", "Tặng cho", "assetKind", "nha-o"));
        assertSame(listed, ReceptionValidator.withChoicesAsListed(listed, CONTRACT));
        // the label, as another system copies it from the form, stands for its value
        assertEquals(Map.of("contractName", "Tặng cho", "assetKind", "nha-o"), ReceptionValidator.withChoicesAsListed(
                request(APPLICANT, docs, Map.of("contractName", "Tặng cho", "assetKind", "Nhà ở")), CONTRACT).form());
        List<Problem> problems = ReceptionValidator.validate(request(APPLICANT, docs,
                Map.of("contractName", "Tặng cho", "assetKind", "Nhà máy")), CONTRACT, VO_CUONG, DAY);
        assertEquals(List.of("form.choice"), codes(problems));
        assertEquals("form.assetKind", problems.get(0).field());
        assertEquals("Loại tài sản phải là một trong các giá trị: dong-san (Động sản); nha-o (Nhà ở).", problems.get(0).message());
    }

    @Test
    public void aFieldBundleAddsNoSecondProblemForAFormFieldTheCoreRefused() {
        List<Problem> problems = new java.util.ArrayList<>(List.of(new Problem("form.choice", "form.assetKind", "core"),
                new Problem("document.missing", "documents", "core")));
        DossierServiceImpl.addOwnProblems(problems, List.of(new Problem("asset.unknown", "form.assetKind", "bundle"),
                new Problem("certificate.missing", "documents", "bundle"), new Problem("age", "form.birthDate", "bundle"),
                new Problem("rule", null, "bundle")));
        assertEquals(List.of("form.choice", "document.missing", "certificate.missing", "age", "rule"), codes(problems));
    }
}
