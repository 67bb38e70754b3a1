package vn.motcua.procedure;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;

import org.junit.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;

public class ProcedureDescriptorsTest {

    private static final String SAMPLE = String.join("\n",
            "field=chung-thuc|Chứng thực",
            "2.001035.name=Chứng thực hợp đồng, giao dịch",
            "2.001035.timeLimit=2 WORKING_DAYS",
            "2.001035.onlineLevel=NONE",
            "2.001035.effectiveFrom=2015-04-10",
            "2.001035.fee=50.000 đồng/hợp đồng, giao dịch",
            "2.001035.legalBasis.2=Thông tư 226/2016/TT-BTC",
            "2.001035.legalBasis.1=Nghị định 23/2015/NĐ-CP",
            "2.001035.document.10=giay-chung-nhan;0;0;1;optional;Bản sao Giấy chứng nhận",
            "2.001035.document.1=du-thao;1;0;0;mandatory;Dự thảo hợp đồng, giao dịch",
            "2.001035.form.1=assetKind;TEXT;required;40;Loại tài sản",
            "1.001193.name=Đăng ký khai sinh",
            "1.001193.field=ho-tich|Hộ tịch",
            "1.001193.timeLimit=SAME_DAY",
            "1.001193.effectiveFrom=2016-01-01",
            "1.001193.effectiveTo=2027-02-28");

    @Test
    public void aDescriptorFileInAnotherEncodingIsRefused() {
        try {
            ProcedureDescriptors.load(ProcedureDescriptorsTest.class, "procedures-cp1258.properties");
            org.junit.Assert.fail("a file saved as Windows-1258 was read");
        } catch (IllegalArgumentException e) {
            assertEquals("procedures-cp1258.properties is not UTF-8 text (save it as UTF-8)", e.getMessage());
        }
    }

    @Test
    public void readsEveryProcedureWithItsDocumentsInIndexOrder() throws IOException {
        Map<String, ProcedureDescriptor> all = ProcedureDescriptors.parse(new StringReader(SAMPLE));
        assertEquals(2, all.size());

        ProcedureDescriptor contract = all.get("2.001035");
        assertEquals("Chứng thực hợp đồng, giao dịch", contract.name());
        assertEquals(new ProcedureField("chung-thuc", "Chứng thực"), contract.field());
        assertEquals(new TimeLimit(2, TimeLimitUnit.WORKING_DAYS), contract.timeLimit());
        assertEquals("du-thao", contract.documents().get(0).code());
        assertTrue(contract.documents().get(0).mandatory());
        assertEquals("giay-chung-nhan", contract.documents().get(1).code());
        assertFalse(contract.documents().get(1).mandatory());
        assertEquals(1, contract.documents().get(1).copies());
        assertEquals("Nghị định 23/2015/NĐ-CP", contract.legalBasis().get(0));
        assertEquals(FormField.Type.TEXT, contract.formFields().get(0).type());
        assertTrue(contract.formFields().get(0).required());
        assertNull(contract.effectiveTo());

        ProcedureDescriptor birth = all.get("1.001193");
        assertEquals("ho-tich", birth.field().code());
        assertEquals(TimeLimitUnit.SAME_DAY, birth.timeLimit().unit());
        assertEquals(OnlineLevel.NONE, birth.onlineLevel());
        assertTrue(birth.isEffectiveOn(LocalDate.of(2027, 2, 28)));
        assertFalse(birth.isEffectiveOn(LocalDate.of(2027, 3, 1)));
        assertFalse(birth.isEffectiveOn(LocalDate.of(2015, 12, 31)));
    }

    @Test
    public void namesTheKeyAtFault() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProcedureDescriptors
                .parse(new StringReader(SAMPLE.replace("2 WORKING_DAYS", "2 WORKDAYS"))));
        assertEquals("2.001035.timeLimit: unknown value 'WORKDAYS'", e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> ProcedureDescriptors
                .parse(new StringReader(SAMPLE.replace("2 WORKING_DAYS", "-3 WORKING_DAYS"))));
        assertTrue(e.getMessage(), e.getMessage().startsWith("2.001035.timeLimit: "));
        assertTrue(e.getMessage(), e.getMessage().contains("-3"));

        // a misspelt key would drop its document without a word
        e = assertThrows(IllegalArgumentException.class, () -> ProcedureDescriptors
                .parse(new StringReader(SAMPLE.replace("2.001035.document.1=", "2.001035.docment.1="))));
        assertTrue(e.getMessage(), e.getMessage().startsWith("2.001035.docment.1: unknown key"));
        e = assertThrows(IllegalArgumentException.class, () -> ProcedureDescriptors
                .parse(new StringReader(SAMPLE.replace("2.001035.timeLimit=", "2.001035.timelimit="))));
        assertTrue(e.getMessage(), e.getMessage().startsWith("2.001035.timelimit: unknown key"));
        // a key its caller reads itself (procedures defined as data: feeAmount) is accepted when named
        String withFee = SAMPLE + "\n2.001035.feeAmount=50000\n";
        assertThrows(IllegalArgumentException.class, () -> ProcedureDescriptors.parse(new StringReader(withFee)));
        assertEquals(2, ProcedureDescriptors.parse(new StringReader(withFee), java.util.Set.of("feeAmount")).size());

        e = assertThrows(IllegalArgumentException.class, () -> ProcedureDescriptors
                .parse(new StringReader(SAMPLE.replace("du-thao;1;0;0;mandatory;", "du-thao;1;0;0;must;"))));
        assertEquals("2.001035.document.1: unknown flag 'must'", e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> ProcedureDescriptors
                .parse(new StringReader(SAMPLE.replace("1.001193.effectiveFrom=2016-01-01", ""))));
        assertEquals("1.001193.effectiveFrom: missing", e.getMessage());
    }

    @Test
    public void aChoiceFieldCarriesItsValuesAndLabels() throws Exception {
        String choice = SAMPLE.replace("assetKind;TEXT;required;40;Loại tài sản", "assetKind;CHOICE;required;40;Loại tài sản")
                + "\n2.001035.form.1.choices=dong-san|Động sản; nha-o | Nhà ở \n";
        FormField asset = ProcedureDescriptors.parse(new StringReader(choice)).get("2.001035").formFields().get(0);
        assertEquals(FormField.Type.CHOICE, asset.type());
        assertEquals(java.util.List.of(new FormField.Choice("dong-san", "Động sản"), new FormField.Choice("nha-o", "Nhà ở")),
                asset.choices());
        assertEquals("Nhà ở", asset.choiceLabel("nha-o"));
        assertNull(asset.choiceLabel("xe-may"));
        // the label as another system copies it from the form, whatever its case or composition
        assertEquals("dong-san", asset.choiceValue("động sản"));
        assertEquals("nha-o", asset.choiceValue(java.text.Normalizer.normalize("NHÀ Ở", java.text.Normalizer.Form.NFD)));
        FormField twice = new FormField("kind", "Loại", FormField.Type.CHOICE, true, 0, java.util.List.of(
                new FormField.Choice("a", "Khác"), new FormField.Choice("b", "khác")));
        assertNull("two choices read alike: neither is guessed", twice.choiceValue("Khác"));
        assertEquals("b", twice.choiceValue("B"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProcedureDescriptors
                .parse(new StringReader(choice.replace("2.001035.form.1.choices=dong-san|Động sản;", "2.001035.form.1.choices=dong-san;"))));
        assertTrue(e.getMessage(), e.getMessage().startsWith("2.001035.form.1.choices: expected 'value|label"));
        e = assertThrows(IllegalArgumentException.class, () -> ProcedureDescriptors
                .parse(new StringReader(choice.replace("2.001035.form.1.choices", "2.001035.form.2.choices"))));
        assertEquals("2.001035.form.2.choices: no such form field", e.getMessage());
        // a CHOICE without its values, values on another type, a value twice: each names the field
        e = assertThrows(IllegalArgumentException.class, () -> ProcedureDescriptors
                .parse(new StringReader(SAMPLE.replace("assetKind;TEXT;", "assetKind;CHOICE;"))));
        assertEquals("2.001035.form.1: assetKind: trường kiểu CHOICE cần danh sách lựa chọn (choices)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ProcedureDescriptors
                .parse(new StringReader(choice.replace("assetKind;CHOICE;", "assetKind;TEXT;"))));
        assertEquals("2.001035.form.1: assetKind: chỉ trường kiểu CHOICE mới có danh sách lựa chọn (choices)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ProcedureDescriptors
                .parse(new StringReader(choice.replace("nha-o | Nhà ở", "dong-san|Nhà ở"))));
        assertEquals("2.001035.form.1: assetKind: hai lựa chọn cùng giá trị dong-san", e.getMessage());
    }
}
