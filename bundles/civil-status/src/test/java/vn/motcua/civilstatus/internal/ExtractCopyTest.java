package vn.motcua.civilstatus.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static vn.motcua.civilstatus.internal.Fixtures.form;
import static vn.motcua.civilstatus.internal.Fixtures.submission;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;

public class ExtractCopyTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 4, 1, 9, 0);
    private final ExtractCopy procedure = new ExtractCopy();

    private Fee fee(String... kv) {
        return procedure.fee(submission(ExtractCopy.CODE, AT, form(kv), null));
    }

    private List<Problem> validate(String... kv) {
        return procedure.validate(submission(ExtractCopy.CODE, AT, form(kv), null));
    }

    @Test
    public void eightThousandPerCopyPerEvent() {
        Fee one = fee("subjectFullName", "Lê Văn Tám", "events", "khai-sinh", "copies", "1");
        assertEquals(8_000, one.amount());
        assertEquals(List.of("1 bản sao × 1 sự kiện (khai sinh) × 8.000 đồng/bản sao trích lục/sự kiện"), one.lines());

        Fee many = fee("subjectFullName", "Lê Văn Tám", "events", "khai-sinh, ket-hon,khai-tu", "copies", "3");
        assertEquals(72_000, many.amount());
        assertEquals(List.of("3 bản sao × 3 sự kiện (khai sinh, kết hôn, khai tử) × 8.000 đồng/bản sao trích lục/sự kiện"),
                many.lines());
    }

    @Test
    public void exemptGroupsPayNothing() {
        for (Map.Entry<String, String> e : Map.of(
                "nguoi-co-cong", "Miễn phí: người thuộc gia đình có công với cách mạng",
                "ho-ngheo", "Miễn phí: người thuộc hộ nghèo",
                "nguoi-khuyet-tat", "Miễn phí: người khuyết tật").entrySet()) {
            Fee fee = fee("events", "khai-sinh,ket-hon", "copies", "5", "feeExemption", e.getKey());
            assertEquals(e.getKey(), 0, fee.amount());
            assertEquals(List.of(e.getValue()), fee.lines());
        }
    }

    @Test
    public void unknownExemptionGroundIsRefusedAndNotApplied() {
        List<Problem> p = validate("events", "khai-sinh", "copies", "2", "feeExemption", "yes");
        assertEquals(1, p.size());
        assertEquals("civil-status.exemption", p.get(0).code());
        assertEquals("form.feeExemption", p.get(0).field());
        assertEquals(16_000, fee("events", "khai-sinh", "copies", "2", "feeExemption", "yes").amount());
    }

    @Test
    public void eventsMustBeKnownAndNotRepeated() {
        assertTrue(validate("events", "khai-sinh,giam-ho,nhan-cha-me-con,thay-doi-cai-chinh,", "copies", "1").isEmpty());
        List<Problem> unknown = validate("events", "khai-sinh,ly-hon", "copies", "1");
        assertEquals(1, unknown.size());
        assertEquals("extract.event", unknown.get(0).code());
        assertTrue(unknown.get(0).message().startsWith("Sự kiện hộ tịch \"ly-hon\" không hợp lệ"));
        assertEquals("extract.event-duplicate", validate("events", "khai-tu,khai-tu", "copies", "1").get(0).code());
    }

    @Test
    public void atLeastOneCopyAndNotAbsurdlyMany() {
        assertEquals("extract.copies", validate("events", "khai-sinh", "copies", "0").get(0).code());
        assertEquals("extract.copies", validate("events", "khai-sinh", "copies", "-2").get(0).code());
        assertEquals("extract.copies", validate("events", "khai-sinh", "copies", "99999999999").get(0).code());
        assertTrue(validate("events", "khai-sinh", "copies", "100").isEmpty());
    }

    @Test
    public void noRegisterAndNoPrintableResult() {
        assertEquals("Bản sao trích lục hộ tịch", procedure.descriptor().result().title());
        assertTrue(!procedure.descriptor().result().registered());
        assertNull(procedure.resultDocument(Fixtures.result(Map.of(), 0, null, AT)));
    }
}
