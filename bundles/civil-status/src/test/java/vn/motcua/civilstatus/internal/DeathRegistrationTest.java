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

public class DeathRegistrationTest {

    private static final LocalDate DEATH = LocalDate.of(2026, 2, 20);
    private final DeathRegistration procedure = new DeathRegistration();

    private static Map<String, String> death(String deathDate) {
        return form("deceasedFullName", "Phạm Văn Lộc", "deceasedIdNumber", "027040003333",
                "deceasedBirthDate", "1940-04-02", "deathDate", deathDate, "deathPlace", "tại nhà",
                "declarantRelation", "Con");
    }

    private Fee feeOnDay(int days, Long localFee) {
        return procedure.fee(submission(DeathRegistration.CODE, DEATH.plusDays(days).atTime(14, 0),
                death(DEATH.toString()), localFee));
    }

    @Test
    public void declaredOnDayFifteenIsFree() {
        Fee fee = feeOnDay(15, 10_000L);
        assertEquals(0, fee.amount());
        assertEquals(List.of("Miễn lệ phí: đăng ký khai tử đúng hạn (ngày thứ 15 kể từ ngày chết,"
                + " trong thời hạn 15 ngày)"), fee.lines());
    }

    @Test
    public void declaredOnDaySixteenPaysTheProvinceFee() {
        Fee fee = feeOnDay(16, 10_000L);
        assertEquals(10_000, fee.amount());
        assertTrue(fee.lines().get(0), fee.lines().get(0).startsWith("Đăng ký khai tử quá hạn (ngày thứ 16"));
        assertTrue(fee.lines().get(0), fee.lines().get(0).endsWith("lệ phí do HĐND tỉnh quy định: 10.000 đồng"));
        Fee none = feeOnDay(16, null);
        assertEquals(0, none.amount());
        assertTrue(none.lines().get(0), none.lines().get(0).contains("chưa có mức lệ phí do HĐND tỉnh quy định"));
    }

    @Test
    public void deathDateMayNotBeInTheFuture() {
        LocalDateTime at = LocalDateTime.of(2026, 2, 20, 9, 0);
        assertTrue(procedure.validate(submission(DeathRegistration.CODE, at, death("2026-02-20"), null)).isEmpty());
        List<Problem> p = procedure.validate(submission(DeathRegistration.CODE, at, death("2026-02-21"), null));
        assertEquals(1, p.size());
        assertEquals("civil-status.date-future", p.get(0).code());
        assertEquals("form.deathDate", p.get(0).field());
        assertTrue(p.get(0).message(), p.get(0).message().startsWith("Ngày chết (21/02/2026) không được sau"));
    }

    @Test
    public void deathBeforeBirthIsRefused() {
        Map<String, String> f = death("2026-02-20");
        f.put("deceasedBirthDate", "2026-02-21");
        List<Problem> p = procedure.validate(submission(DeathRegistration.CODE, LocalDateTime.of(2026, 3, 1, 9, 0),
                f, null));
        assertEquals(1, p.size());
        assertEquals("civil-status.death-before-birth", p.get(0).code());
    }

    @Test
    public void resultIsADeathExtract() {
        Map<String, String> f = death("2026-02-20");
        f.put("deathCause", "Tuổi cao <i>");
        String html = procedure.resultDocument(Fixtures.result(f, 3, "01/2026", LocalDateTime.of(2026, 2, 23, 9, 0)));
        assertTrue(html.contains("TRÍCH LỤC KHAI TỬ"));
        assertTrue(html.contains("Số: 3, Quyển số: 01/2026"));
        assertTrue(html.contains("<td>20/02/2026</td>"));
        assertTrue(html.contains("Tuổi cao &lt;i&gt;"));
        assertFalse(html.contains("<i>\n") || html.contains("Tuổi cao <i>"));
        assertTrue(html.contains("Bắc Ninh, ngày 23 tháng 02 năm 2026"));
    }
}
