package vn.motcua.socialpolicy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.procedure.ProcedureDescriptor;

public class DescriptorsTest {

    private static final Map<String, ProcedureDescriptor> D = SocialPolicy.DESCRIPTORS;

    @Test
    public void theThreeProceduresOfTheFieldLoad() {
        assertEquals(List.of("1.001699", "1.001731", "1.001776"), List.copyOf(D.keySet()));
        for (ProcedureDescriptor d : D.values()) {
            assertEquals("bao-tro-xa-hoi", d.field().code());
            assertEquals("Bảo trợ xã hội", d.field().name());
            assertEquals(d.code(), TimeLimitUnit.WORKING_DAYS, d.timeLimit().unit());
            assertEquals(d.code(), "Không thu phí, lệ phí", d.feeText());
            assertFalse(d.code(), d.legalBasis().isEmpty());
            assertTrue(d.code(), d.result().registered());
        }
        assertEquals("Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi"
                + " dưỡng hàng tháng", D.get("1.001776").name());
        assertEquals("Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", D.get("1.001731").name());
        assertEquals("Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
                D.get("1.001699").name());
    }

    @Test
    public void decisionsShareTheDecisionRegister() {
        for (String code : List.of("1.001776", "1.001731")) {
            assertEquals(code, "quyet-dinh", D.get(code).result().book());
            assertEquals(code, "Sổ quyết định", D.get(code).result().bookName());
            assertEquals(code, "QĐ-UBND", D.get(code).result().bookSymbol());
        }
        assertEquals("Quyết định trợ cấp xã hội hàng tháng", D.get("1.001776").result().title());
        assertEquals("cap-giay-xac-nhan-khuyet-tat", D.get("1.001699").result().book());
    }

    @Test
    public void monthlyAllowanceIsReceivedFromTheDecreesEffectiveDate() {
        assertFalse(D.get("1.001776").isEffectiveOn(LocalDate.of(2021, 6, 30)));
        assertTrue(D.get("1.001776").isEffectiveOn(LocalDate.of(2021, 7, 1)));
    }
}
