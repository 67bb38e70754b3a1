package vn.motcua.socialpolicy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static vn.motcua.socialpolicy.internal.Fixtures.form;
import static vn.motcua.socialpolicy.internal.Fixtures.submission;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.procedure.Problem;

public class DisabilityCertificationTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 9, 0);
    private final DisabilityCertification procedure = new DisabilityCertification();

    @Test
    public void formOfDisabilityMustBeOneOfTheLaw() {
        for (String f : List.of("van-dong", "nghe-noi", "nhin", "than-kinh-tam-than", "tri-tue", "khac")) {
            assertTrue(f, procedure.validate(submission(DisabilityCertification.CODE, AT,
                    form("personFullName", "Mai Văn Bảy", "personBirthDate", "2001-09-09", "disabilityForm", f)))
                    .isEmpty());
        }
        List<Problem> p = procedure.validate(submission(DisabilityCertification.CODE, AT,
                form("personFullName", "Mai Văn Bảy", "personBirthDate", "2001-09-09", "disabilityForm", "tam-than")));
        assertEquals(1, p.size());
        assertEquals("social-policy.disability-form", p.get(0).code());
    }

    @Test
    public void levelIsReadFromTheLeadersTextMostSevereFirst() {
        assertEquals("Khuyết tật đặc biệt nặng", DisabilityCertification.level("Mức độ: khuyết tật ĐẶC BIỆT NẶNG"));
        assertEquals("Khuyết tật nặng", DisabilityCertification.level("Hội đồng kết luận: khuyết tật nặng"));
        assertEquals("Khuyết tật nhẹ", DisabilityCertification.level("Khuyết tật nhẹ"));
        assertNull(DisabilityCertification.level("Chưa kết luận"));
        assertNull(DisabilityCertification.level(null));
    }

    @Test
    public void twentyFiveWorkingDaysFreeWithItsRegister() {
        var d = procedure.descriptor();
        assertEquals(25, d.timeLimit().amount());
        assertEquals(TimeLimitUnit.WORKING_DAYS, d.timeLimit().unit());
        assertEquals(0, procedure.fee(submission(DisabilityCertification.CODE, AT, Map.of())).amount());
        assertEquals("Giấy xác nhận khuyết tật", d.result().title());
        assertEquals("Sổ cấp Giấy xác nhận khuyết tật", d.result().bookName());
        assertTrue(d.document("don-de-nghi").mandatory());
        assertFalse(d.document("giay-to-lien-quan").mandatory());
    }

    @Test
    public void certificatePrintsTheLevelTheRegisterEntryAndEscapes() {
        Map<String, String> f = form("personFullName", "Mai Văn <Bảy>", "personBirthDate", "2001-09-09",
                "disabilityForm", "van-dong", "reassessment", "true");
        String html = procedure.resultDocument(Fixtures.result(f, "Hội đồng kết luận: khuyết tật nặng", 9, "01/2026",
                LocalDateTime.of(2026, 3, 27, 10, 0)));
        assertTrue(html.contains("GIẤY XÁC NHẬN KHUYẾT TẬT"));
        assertTrue(html.contains("Số: 9, Quyển số: 01/2026"));
        assertTrue(html.contains("<td><b>Khuyết tật nặng</b></td>"));
        assertTrue(html.contains("Khuyết tật vận động"));
        assertTrue(html.contains("(Xác định lại mức độ khuyết tật)"));
        assertTrue(html.contains("Mai Văn &lt;Bảy&gt;"));
        assertFalse(html.contains("<Bảy>"));

        String unrecognised = procedure.resultDocument(Fixtures.result(f, "Theo biên bản số 3", 10, "01/2026",
                LocalDateTime.of(2026, 3, 27, 10, 0)));
        assertTrue(unrecognised.contains("<td><b>Theo biên bản số 3</b></td>"));
    }
}
