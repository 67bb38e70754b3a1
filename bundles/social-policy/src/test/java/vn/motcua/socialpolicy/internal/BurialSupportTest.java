package vn.motcua.socialpolicy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static vn.motcua.socialpolicy.internal.Fixtures.form;
import static vn.motcua.socialpolicy.internal.Fixtures.submission;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;

public class BurialSupportTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 4, 10, 9, 0);
    private final BurialSupport procedure = new BurialSupport(new AssistanceStandard(Fixtures.defaults()));

    private static Map<String, String> death(String date) {
        return form("deceasedFullName", "Hoàng Văn Tư", "deathDate", date, "applicantRelation", "Con gái");
    }

    @Test
    public void theFeeIsNilAndTheBenefitIsShownAsInformation() {
        Fee fee = procedure.fee(submission(BurialSupport.CODE, AT, death("2026-04-01")));
        assertEquals(0, fee.amount());
        assertEquals(List.of("Không thu phí, lệ phí", "Mức hỗ trợ chi phí mai táng (khoản trợ giúp chi trả cho người"
                + " tổ chức mai táng, không phải phí): 10.000.000 đồng (20 × 500.000 đồng, mức chuẩn trợ giúp xã hội"
                + " áp dụng từ ngày 01/07/2024)"), fee.lines());
    }

    @Test
    public void theLevelIsTheOneInForceOnTheDateOfDeath() {
        assertEquals("Mức hỗ trợ: 7.200.000 đồng (20 × 360.000 đồng)", procedure.amountLine(death("2024-06-30")));
        assertEquals("Mức hỗ trợ: 10.000.000 đồng (20 × 500.000 đồng)", procedure.amountLine(death("2024-07-01")));
        assertEquals(0, procedure.fee(submission(BurialSupport.CODE, AT, death("2024-06-30"))).amount());
    }

    @Test
    public void aChangedMultipleChangesTheAmount() {
        BurialSupport p = new BurialSupport(new AssistanceStandard("2021-07-01=360000;2024-07-01=500000", 30));
        assertEquals("Mức hỗ trợ: 15.000.000 đồng (30 × 500.000 đồng)", p.amountLine(death("2025-01-15")));
        assertEquals(15_000_000, p.amount(death("2025-01-15")).amount());
    }

    @Test
    public void aMalformedConfigurationKeepsTheProcedureButRefusesItsDossiersNamingTheEntry() {
        AssistanceStandard.Config typo = (AssistanceStandard.Config) java.lang.reflect.Proxy.newProxyInstance(
                AssistanceStandard.Config.class.getClassLoader(), new Class<?>[] {AssistanceStandard.Config.class},
                (proxy, method, args) -> method.getName().equals("standardLevels") ? "2021-07-01=360000;2024-07-01=500.000"
                        : method.getDefaultValue());
        BurialSupport p = new BurialSupport(new AssistanceStandard(typo));
        List<Problem> problems = p.validate(submission(BurialSupport.CODE, AT, death("2026-04-01")));
        assertEquals(1, problems.size());
        assertEquals("social-policy.config", problems.get(0).code());
        assertEquals("Chưa tính được mức hỗ trợ mai táng: Cấu hình vn.motcua.socialpolicy, standardLevels: mục"
                + " \"2024-07-01=500.000\" có số tiền không hợp lệ (số nguyên đồng, từ 1 đến 100.000.000). Đề nghị"
                + " quản trị hệ thống sửa tệp etc/vn.motcua.socialpolicy.cfg.", problems.get(0).message());
        assertEquals("no amount guessed", List.of("Không thu phí, lệ phí"),
                p.fee(submission(BurialSupport.CODE, AT, death("2026-04-01"))).lines());
        assertEquals(problems.get(0).message(), p.amountLine(death("2026-04-01")));
        // a dossier received before the file broke: no decision is printed with the error in place of the amount
        IllegalStateException e = org.junit.Assert.assertThrows(IllegalStateException.class, () -> p.resultDocument(
                Fixtures.result(death("2026-04-01"), "Đồng ý", 3, "01/2026-MT", AT)));
        assertTrue(e.getMessage(), e.getMessage().contains("2024-07-01=500.000"));
    }

    @Test
    public void aDeathBeforeAnyConfiguredLevelIsRefused() {
        List<Problem> p = procedure.validate(submission(BurialSupport.CODE, AT, death("2021-06-30")));
        assertEquals(1, p.size());
        assertEquals("social-policy.no-standard-level", p.get(0).code());
        assertEquals("Không có mức chuẩn trợ giúp xã hội áp dụng cho ngày mất 30/06/2021: cấu hình chỉ có mức chuẩn"
                + " từ ngày 01/07/2021.", p.get(0).message());
        assertEquals(List.of("Không thu phí, lệ phí"),
                procedure.fee(submission(BurialSupport.CODE, AT, death("2021-06-30"))).lines());
    }

    @Test
    public void deathDateMayNotBeInTheFuture() {
        assertTrue(procedure.validate(submission(BurialSupport.CODE, AT, death("2026-04-10"))).isEmpty());
        List<Problem> p = procedure.validate(submission(BurialSupport.CODE, AT, death("2026-04-11")));
        assertEquals(1, p.size());
        assertEquals("social-policy.date-future", p.get(0).code());
    }

    @Test
    public void threeWorkingDaysFreeWithTheDecisionRegister() {
        var d = procedure.descriptor();
        assertEquals(3, d.timeLimit().amount());
        assertEquals(TimeLimitUnit.WORKING_DAYS, d.timeLimit().unit());
        assertEquals("quyet-dinh", d.result().book());
        assertEquals("QĐ-UBND", d.result().bookSymbol());
        assertEquals("Quyết định hỗ trợ chi phí mai táng", d.result().title());
    }

    @Test
    public void decisionPrintsTheNumberTheAmountAndEscapes() {
        Map<String, String> f = death("2024-08-02");
        f.put("deceasedFullName", "Hoàng <img src=x onerror=alert(1)> Tư");
        String html = procedure.resultDocument(Fixtures.result(f, "Đồng ý chi trả", 27, "01/2026-QĐ-UBND",
                LocalDateTime.of(2026, 4, 13, 15, 0)));
        assertTrue(html.contains("Số: 27/QĐ-UBND"));
        assertTrue(html.contains("Mức hỗ trợ: 10.000.000 đồng (20 × 500.000 đồng)"));
        assertTrue(html.contains("Hoàng &lt;img src=x onerror=alert(1)&gt; Tư"));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("mất ngày 02/08/2024"));
        assertTrue(html.contains("CHỦ TỊCH UBND XÃ TAM GIANG"));
        assertTrue(html.contains("Bắc Ninh, ngày 13 tháng 4 năm 2026"));
        assertTrue(html.contains("Đỗ Thị Mai</b> (Con gái)"));
    }
}
