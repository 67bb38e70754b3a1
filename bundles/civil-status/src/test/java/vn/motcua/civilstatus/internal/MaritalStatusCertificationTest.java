package vn.motcua.civilstatus.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static vn.motcua.civilstatus.internal.Fixtures.form;
import static vn.motcua.civilstatus.internal.Fixtures.submission;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.Submission.SubmittedDocument;

public class MaritalStatusCertificationTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 8, 31, 9, 0);
    private final MaritalStatusCertification procedure = new MaritalStatusCertification();

    private static Map<String, String> request(String status) {
        return form("personBirthDate", "1995-07-07", "maritalStatus", status, "purpose", "Để đăng ký kết hôn");
    }

    @Test
    public void feeIsTheProvinceFeeOrNothing() {
        Fee set = procedure.fee(submission(MaritalStatusCertification.CODE, AT, request("chua-ket-hon"), 15_000L));
        assertEquals(15_000, set.amount());
        assertEquals(List.of("Lệ phí do HĐND tỉnh quy định: 15.000 đồng"), set.lines());
        Fee none = procedure.fee(submission(MaritalStatusCertification.CODE, AT, request("chua-ket-hon"), null));
        assertEquals(0, none.amount());
        assertEquals(List.of("Chưa có mức lệ phí do HĐND tỉnh quy định"), none.lines());
    }

    @Test
    public void threeWorkingDays() {
        assertEquals(3, procedure.descriptor().timeLimit().amount());
        assertEquals(TimeLimitUnit.WORKING_DAYS, procedure.descriptor().timeLimit().unit());
    }

    @Test
    public void statusMustBeKnownAndDivorceNeedsItsProof() {
        assertTrue(procedure.validate(submission(MaritalStatusCertification.CODE, AT, request("chua-ket-hon"), null))
                .isEmpty());
        assertEquals("marital-status.unknown", procedure.validate(submission(MaritalStatusCertification.CODE, AT,
                request("doc-than"), null)).get(0).code());
        List<Problem> divorced = procedure.validate(submission(MaritalStatusCertification.CODE, AT,
                request("da-ly-hon"), null));
        assertEquals(1, divorced.size());
        assertEquals("marital-status.proof-missing", divorced.get(0).code());
        assertTrue(procedure.validate(submission(MaritalStatusCertification.CODE, AT, request("vo-chong-da-chet"),
                null, new SubmittedDocument("chung-minh-hon-nhan", 0, 0, 1, 0))).isEmpty());
    }

    @Test
    public void validForSixMonthsFromIssue() {
        assertEquals(LocalDate.of(2027, 2, 28), MaritalStatusCertification.validUntil(LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2026, 9, 15), MaritalStatusCertification.validUntil(LocalDate.of(2026, 3, 15)));
    }

    @Test
    public void certificatePrintsStatusValidityAndRegisterEntry() {
        Map<String, String> f = request("da-ly-hon");
        f.put("purpose", "Kết hôn với <Nguyễn Văn A>");
        String html = procedure.resultDocument(Fixtures.result(f, 15, "01/2026", AT));
        assertTrue(html.contains("GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN"));
        assertTrue(html.contains("Số: 15, Quyển số: 01/2026"));
        assertTrue(html.contains("Đã ly hôn, chưa đăng ký kết hôn với người khác"));
        assertTrue(html.contains("Giấy này có giá trị sử dụng 06 tháng kể từ ngày cấp (đến hết ngày 28/02/2027)."));
        assertTrue(html.contains("Kết hôn với &lt;Nguyễn Văn A&gt;"));
        assertFalse(html.contains("<Nguyễn"));
        assertTrue(html.contains("Nguyễn Thị Phương Hoa"));
        assertTrue(html.contains("<td>07/07/1995</td>"));
    }
}
