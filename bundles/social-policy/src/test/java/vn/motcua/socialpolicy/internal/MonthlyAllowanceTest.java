package vn.motcua.socialpolicy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static vn.motcua.socialpolicy.internal.Fixtures.form;
import static vn.motcua.socialpolicy.internal.Fixtures.submission;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.procedure.Problem;
import vn.motcua.procedure.ProcessStep;
import vn.motcua.procedure.Submission.SubmittedDocument;

public class MonthlyAllowanceTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 5, 20);
    private final MonthlyAllowance procedure = new MonthlyAllowance();

    private List<Problem> validate(String kind, String group, LocalDate birth, SubmittedDocument... docs) {
        return procedure.validate(submission(MonthlyAllowance.CODE, RECEIVED.atTime(9, 0), form("requestKind", kind,
                "beneficiaryFullName", "Vũ Thị Lan", "beneficiaryBirthDate", birth.toString(),
                "beneficiaryGroup", group), docs));
    }

    @Test
    public void aChildIsUnderSixteenOnTheDayOfReceipt() {
        assertTrue(validate("thuc-hien", "tre-em-khong-nguon-nuoi-duong", RECEIVED.minusYears(16).plusDays(1))
                .isEmpty());
        List<Problem> p = validate("thuc-hien", "tre-em-khong-nguon-nuoi-duong", RECEIVED.minusYears(16));
        assertEquals(1, p.size());
        assertEquals("social-policy.age", p.get(0).code());
        assertEquals("Nhóm \"Trẻ em dưới 16 tuổi không có nguồn nuôi dưỡng\" chỉ áp dụng cho người dưới 16 tuổi:"
                + " đối tượng sinh ngày 20/05/2010 đã đủ 16 tuổi vào ngày nộp hồ sơ.", p.get(0).message());
    }

    @Test
    public void anElderlyPersonIsAtLeastSixty() {
        assertTrue(validate("thuc-hien", "nguoi-cao-tuoi", RECEIVED.minusYears(60)).isEmpty());
        List<Problem> p = validate("thuc-hien", "nguoi-cao-tuoi", RECEIVED.minusYears(60).plusDays(1));
        assertEquals(1, p.size());
        assertTrue(p.get(0).message(), p.get(0).message().contains("từ đủ 60 tuổi"));
        assertTrue(p.get(0).message(), p.get(0).message().contains("mới 59 tuổi"));
    }

    @Test
    public void studentsFromSixteenToTwentyTwoAndInfantsUnderThree() {
        assertTrue(validate("thuc-hien", "nguoi-16-22-dang-hoc", RECEIVED.minusYears(16)).isEmpty());
        assertTrue(validate("thuc-hien", "nguoi-16-22-dang-hoc", RECEIVED.minusYears(23).plusDays(1)).isEmpty());
        assertEquals("social-policy.age",
                validate("thuc-hien", "nguoi-16-22-dang-hoc", RECEIVED.minusYears(23)).get(0).code());
        assertEquals("social-policy.age",
                validate("thuc-hien", "nguoi-16-22-dang-hoc", RECEIVED.minusYears(16).plusDays(1)).get(0).code());
        assertTrue(validate("thuc-hien", "tre-em-duoi-3-tuoi", RECEIVED.minusYears(3).plusDays(1)).isEmpty());
        assertEquals("social-policy.age",
                validate("thuc-hien", "tre-em-duoi-3-tuoi", RECEIVED.minusYears(3)).get(0).code());
    }

    @Test
    public void ageBoundsDoNotApplyToAdjustmentOrTermination() {
        LocalDate sixteen = RECEIVED.minusYears(16);
        assertTrue(validate("thoi-huong", "tre-em-khong-nguon-nuoi-duong", sixteen).isEmpty());
        assertTrue(validate("dieu-chinh", "tre-em-khong-nguon-nuoi-duong", sixteen).isEmpty());
    }

    @Test
    public void aDisabledPersonShowsTheDisabilityCertificate() {
        LocalDate adult = LocalDate.of(1980, 1, 1);
        List<Problem> p = validate("thuc-hien", "nguoi-khuyet-tat-nang", adult);
        assertEquals(1, p.size());
        assertEquals("social-policy.disability-certificate", p.get(0).code());
        assertTrue(validate("thuc-hien", "nguoi-khuyet-tat-nang", adult,
                new SubmittedDocument("giay-xac-nhan-khuyet-tat", 1, 0, 0, 0)).isEmpty());
        assertEquals("social-policy.disability-certificate",
                validate("thuc-hien", "ho-co-nguoi-khuyet-tat-dac-biet-nang", adult).get(0).code());
        assertTrue(validate("thoi-huong", "nguoi-khuyet-tat-nang", adult).isEmpty());
    }

    @Test
    public void unknownGroupKindAndFutureBirthAreRefused() {
        List<Problem> p = validate("cap-moi", "nguoi-ngheo", RECEIVED.plusDays(1));
        assertEquals(List.of("social-policy.request-kind", "social-policy.group", "social-policy.date-future"),
                p.stream().map(Problem::code).toList());
        assertTrue(p.get(1).message().contains("(Điều 5 Nghị định số 20/2021/NĐ-CP)"));
    }

    @Test
    public void freeInSevenWorkingDaysWithAReviewStep() {
        assertEquals(0, procedure.fee(submission(MonthlyAllowance.CODE, RECEIVED.atTime(9, 0), Map.of())).amount());
        var d = procedure.descriptor();
        assertEquals(7, d.timeLimit().amount());
        List<ProcessStep> steps = d.process();
        assertEquals(List.of("TIEP_NHAN", "THAM_DINH", "PHE_DUYET"), steps.stream().map(ProcessStep::code).toList());
        assertEquals(List.of(10, 55, 35), steps.stream().map(ProcessStep::sharePercent).toList());
        assertEquals(ProcessStep.Role.SPECIALIST, steps.get(1).role());
        assertEquals("Thẩm định, trình Hội đồng xét duyệt", steps.get(1).name());
        assertEquals("Chủ tịch UBND quyết định", steps.get(2).name());
        assertEquals(ProcessStep.Role.LEADER, steps.get(2).role());
    }

    @Test
    public void decisionNamesTheBeneficiaryTheGroupAndTheLeadersText() {
        Map<String, String> f = form("requestKind", "thuc-hien", "beneficiaryFullName", "Vũ Thị \"Lan\"",
                "beneficiaryBirthDate", "1950-02-03", "beneficiaryGroup", "nguoi-cao-tuoi");
        String html = procedure.resultDocument(Fixtures.result(f, "Mức trợ cấp 750.000 đồng/tháng (hệ số 1,5) từ"
                + " tháng 6/2026 <b>", 104, "01/2026-QĐ-UBND", LocalDateTime.of(2026, 5, 29, 16, 0)));
        assertTrue(html.contains("Số: 104/QĐ-UBND"));
        assertTrue(html.contains("Về việc thực hiện trợ cấp xã hội hàng tháng"));
        assertTrue(html.contains("Thực hiện trợ cấp xã hội hàng tháng đối với Ông (Bà) <b>Vũ Thị &quot;Lan&quot;</b>,"
                + " sinh ngày 03/02/1950"));
        assertTrue(html.contains("đối tượng: Người cao tuổi thuộc diện hưởng trợ cấp xã hội hàng tháng."));
        assertTrue(html.contains("từ tháng 6/2026 &lt;b&gt;"));
        assertTrue(html.contains("Căn cứ Nghị định số 20/2021/NĐ-CP"));
        assertFalse(html.contains("{{"));
    }

    @Test
    public void careSupportDecisionIsWordedAsSuch() {
        Map<String, String> f = form("requestKind", "thoi-huong", "beneficiaryFullName", "Lý Văn Sáu",
                "beneficiaryBirthDate", "1970-01-01", "beneficiaryGroup", "nhan-cham-soc-nuoi-duong");
        String html = procedure.resultDocument(Fixtures.result(f, "Thôi hưởng từ tháng 7/2026", 5, null,
                LocalDateTime.of(2026, 6, 2, 8, 0)));
        assertTrue(html.contains("Về việc thôi hưởng hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng"));
        assertTrue(html.contains("Số: 5/QĐ-UBND"));
    }
}
