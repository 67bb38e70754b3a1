package vn.motcua.civilstatus.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.procedure.FormField;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcessStep;
import vn.motcua.procedure.ResultSpec;

public class DescriptorsTest {

    private static final Map<String, ProcedureDescriptor> D = CivilStatus.DESCRIPTORS;

    @Test
    public void theFiveProceduresOfTheFieldLoad() {
        assertEquals(List.of("1.000656", "1.000894", "1.001193", "1.004873", "2.000635"), List.copyOf(D.keySet()));
        for (ProcedureDescriptor d : D.values()) {
            assertEquals("ho-tich", d.field().code());
            assertEquals("Hộ tịch", d.field().name());
            assertTrue(d.code(), d.isEffectiveOn(LocalDate.of(2026, 1, 1)));
            assertFalse(d.code(), d.legalBasis().isEmpty());
            assertEquals(d.code(), ProcessStep.DEFAULT, d.process());
        }
        assertEquals("Đăng ký khai sinh", D.get("1.001193").name());
        assertEquals("Đăng ký kết hôn", D.get("1.000894").name());
        assertEquals("Đăng ký khai tử", D.get("1.000656").name());
        assertEquals("Cấp bản sao trích lục hộ tịch", D.get("2.000635").name());
        assertEquals("Cấp Giấy xác nhận tình trạng hôn nhân", D.get("1.004873").name());
    }

    @Test
    public void timeLimits() {
        for (String code : List.of("1.001193", "1.000894", "1.000656", "2.000635")) {
            assertEquals(code, TimeLimitUnit.SAME_DAY, D.get(code).timeLimit().unit());
        }
        assertEquals(3, D.get("1.004873").timeLimit().amount());
        assertEquals(TimeLimitUnit.WORKING_DAYS, D.get("1.004873").timeLimit().unit());
    }

    @Test
    public void registers() {
        assertRegister("1.001193", "Giấy khai sinh", "dang-ky-khai-sinh", "Sổ đăng ký khai sinh");
        assertRegister("1.000894", "Giấy chứng nhận kết hôn", "dang-ky-ket-hon", "Sổ đăng ký kết hôn");
        assertRegister("1.000656", "Trích lục khai tử", "dang-ky-khai-tu", "Sổ đăng ký khai tử");
        assertRegister("1.004873", "Giấy xác nhận tình trạng hôn nhân", "cap-xac-nhan-tinh-trang-hon-nhan",
                "Sổ cấp Giấy xác nhận tình trạng hôn nhân");
        assertNull(D.get("2.000635").result().book());
    }

    @Test
    public void formFieldsHaveTheirTypes() {
        ProcedureDescriptor birth = D.get("1.001193");
        assertEquals(FormField.Type.DATE, field(birth, "childBirthDate").type());
        assertFalse(field(birth, "fatherFullName").required());
        assertTrue(field(birth, "motherFullName").required());
        assertTrue(birth.document("giay-chung-sinh").mandatory());
        assertFalse(birth.document("giay-chung-nhan-ket-hon").mandatory());
        ProcedureDescriptor marriage = D.get("1.000894");
        assertEquals(FormField.Type.ID_NUMBER, field(marriage, "party1IdNumber").type());
        assertEquals(FormField.Type.ID_NUMBER, field(marriage, "party2IdNumber").type());
        assertEquals(FormField.Type.INTEGER, field(D.get("2.000635"), "copies").type());
        assertEquals(FormField.Type.DATE, field(D.get("1.000656"), "deathDate").type());
        assertEquals("Miễn lệ phí", marriage.feeText());
    }

    private static void assertRegister(String code, String title, String book, String bookName) {
        ResultSpec r = D.get(code).result();
        assertEquals(title, r.title());
        assertEquals(book, r.book());
        assertEquals(bookName, r.bookName());
        assertTrue(r.registered());
    }

    private static FormField field(ProcedureDescriptor d, String name) {
        return d.formFields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
