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

import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;

public class BirthRegistrationTest {

    private static final LocalDate BIRTH = LocalDate.of(2026, 1, 10);
    private final BirthRegistration procedure = new BirthRegistration();

    private static Map<String, String> child(String birthDate, String gender) {
        return form("childFullName", "Nguyễn Minh An", "childBirthDate", birthDate, "childGender", gender,
                "birthPlace", "Bệnh viện Sản Nhi Bắc Ninh", "motherFullName", "Lê Thị Thu",
                "declarantRelation", "Mẹ");
    }

    private Fee feeOnDay(int daysAfterBirth, Long localFee, String... extra) {
        Map<String, String> f = child(BIRTH.toString(), "Nam");
        for (int i = 0; i < extra.length; i += 2) {
            f.put(extra[i], extra[i + 1]);
        }
        return procedure.fee(submission(BirthRegistration.CODE, BIRTH.plusDays(daysAfterBirth).atTime(9, 0), f,
                localFee));
    }

    @Test
    public void registeredOnDaySixtyIsFreeEvenWhereTheProvinceSetAFee() {
        Fee fee = feeOnDay(60, 8_000L);
        assertEquals(0, fee.amount());
        assertEquals(List.of("Miễn lệ phí: đăng ký khai sinh đúng hạn (ngày thứ 60 kể từ ngày sinh,"
                + " trong thời hạn 60 ngày)"), fee.lines());
    }

    @Test
    public void registeredOnDaySixtyOnePaysTheProvinceFee() {
        Fee fee = feeOnDay(61, 8_000L);
        assertEquals(8_000, fee.amount());
        assertTrue(fee.lines().get(0), fee.lines().get(0).startsWith("Đăng ký khai sinh quá hạn (ngày thứ 61"));
        assertTrue(fee.lines().get(0), fee.lines().get(0).contains("không được miễn lệ phí"));
        assertTrue(fee.lines().get(0), fee.lines().get(0).endsWith("lệ phí do HĐND tỉnh quy định: 8.000 đồng"));
    }

    @Test
    public void lateRegistrationWithoutAProvinceFeeIsZeroAndSaysSo() {
        Fee fee = feeOnDay(61, null);
        assertEquals(0, fee.amount());
        assertTrue(fee.lines().get(0), fee.lines().get(0).contains("quá thời hạn 60 ngày"));
        assertTrue(fee.lines().get(0), fee.lines().get(0).contains("chưa có mức lệ phí do HĐND tỉnh quy định: 0 đồng"));
    }

    @Test
    public void registeredOnTheDayOfBirthSaysSo() {
        assertEquals(List.of("Miễn lệ phí: đăng ký khai sinh đúng hạn (ngay trong ngày sinh)"), feeOnDay(0, 8_000L).lines());
    }

    @Test
    public void noFigureBeforeTheBirthDateIsKnownOrWhileItLiesAhead() {
        // a quote while the form is filled in: not "0 đ", which reads as free
        Map<String, String> noDate = child(BIRTH.toString(), "Nam");
        noDate.remove("childBirthDate");
        IllegalArgumentException e = org.junit.Assert.assertThrows(IllegalArgumentException.class, () -> procedure.fee(
                submission(BirthRegistration.CODE, BIRTH.atTime(9, 0), noDate, 8_000L)));
        assertTrue(e.getMessage(), e.getMessage().startsWith("Chưa xác định được lệ phí"));
        IllegalArgumentException ahead = org.junit.Assert.assertThrows(IllegalArgumentException.class,
                () -> feeOnDay(-1, 8_000L));
        assertEquals("Chưa xác định được lệ phí: ngày sinh sau ngày tiếp nhận.", ahead.getMessage());
        assertEquals(0, feeOnDay(0, 8_000L).amount());
    }

    @Test
    public void lateRegistrationOfAPoorHouseholdIsExempt() {
        Fee fee = feeOnDay(400, 8_000L, "feeExemption", "ho-ngheo");
        assertEquals(0, fee.amount());
        assertEquals(List.of("Miễn lệ phí: người thuộc hộ nghèo (Điều 11 Luật Hộ tịch)"), fee.lines());
    }

    @Test
    public void lateRegistrationIsStillReceived() {
        assertTrue(procedure.validate(submission(BirthRegistration.CODE, LocalDateTime.of(2026, 11, 30, 9, 0),
                child("1990-05-01", "Nữ"), null)).isEmpty());
    }

    @Test
    public void birthDateMayNotBeInTheFutureNorBefore1900() {
        LocalDateTime at = LocalDateTime.of(2026, 3, 5, 9, 0);
        List<Problem> future = procedure.validate(submission(BirthRegistration.CODE, at,
                child("2026-03-06", "Nam"), null));
        assertEquals(1, future.size());
        assertEquals("civil-status.date-future", future.get(0).code());
        assertEquals("form.childBirthDate", future.get(0).field());
        assertTrue(procedure.validate(submission(BirthRegistration.CODE, at, child("2026-03-05", "Nam"), null))
                .isEmpty());
        assertEquals("civil-status.date-too-early", procedure.validate(submission(BirthRegistration.CODE, at,
                child("1899-12-31", "Nam"), null)).get(0).code());
    }

    @Test
    public void genderMustBeNamOrNu() {
        LocalDateTime at = LocalDateTime.of(2026, 3, 5, 9, 0);
        // lower case and decomposed diacritics (u + horn + tilde) are the same value
        assertTrue(procedure.validate(submission(BirthRegistration.CODE, at, child("2026-03-01", "nu\u031B\u0303"),
                null)).isEmpty());
        assertTrue(procedure.validate(submission(BirthRegistration.CODE, at, child("2026-03-01", "NAM"), null))
                .isEmpty());
        List<Problem> p = procedure.validate(submission(BirthRegistration.CODE, at, child("2026-03-01", "Trai"),
                null));
        assertEquals(1, p.size());
        assertEquals("civil-status.gender", p.get(0).code());
        assertEquals("Giới tính phải là \"Nam\" hoặc \"Nữ\".", p.get(0).message());
        assertEquals("civil-status.gender", procedure.validate(submission(BirthRegistration.CODE, at,
                child("2026-03-01", "Nu"), null)).get(0).code());
    }

    @Test
    public void unknownExemptionGroundIsRefused() {
        Map<String, String> f = child("2026-03-01", "Nam");
        f.put("feeExemption", "can-bo");
        List<Problem> p = procedure.validate(submission(BirthRegistration.CODE, LocalDateTime.of(2026, 3, 5, 9, 0),
                f, null));
        assertEquals(1, p.size());
        assertEquals("civil-status.exemption", p.get(0).code());
    }

    @Test
    public void resultIsABirthExtractWithItsRegisterEntryAndEscapedValues() {
        Map<String, String> f = child("2026-03-01", "nữ");
        f.put("childFullName", "<script>alert('x')</script> Nguyễn Minh An");
        f.put("fatherFullName", "Nguyễn Văn \"Ba\" & con");
        String html = procedure.resultDocument(Fixtures.result(f, 42, "01/2026", LocalDateTime.of(2026, 3, 5, 10, 0)));
        assertTrue(html.contains("TRÍCH LỤC KHAI SINH"));
        assertTrue(html.contains("Số: 42, Quyển số: 01/2026"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Nguyễn Minh An"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("Nguyễn Văn &quot;Ba&quot; &amp; con"));
        assertTrue(html.contains("<td>01/03/2026</td>"));
        assertTrue(html.contains("<td>Nữ</td>"));
        assertTrue(html.contains("Bắc Ninh, ngày 05 tháng 3 năm 2026"));
        assertTrue(html.contains("Trần Văn Bình"));
        assertTrue(html.contains("UBND PHƯỜNG VÕ CƯỜNG"));
        assertTrue(html.contains("@page { size: A4"));
    }
}
