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
import vn.motcua.procedure.Problem;

public class MarriageRegistrationTest {

    private static final LocalDate REGISTRATION = LocalDate.of(2026, 6, 15);
    private final MarriageRegistration procedure = new MarriageRegistration();

    private static Map<String, String> couple(String g1, LocalDate b1, String g2, LocalDate b2) {
        return form("party1FullName", "Trần Văn Nam", "party1BirthDate", b1.toString(), "party1Gender", g1,
                "party1IdNumber", "027200001111",
                "party2FullName", "Lê Thị Hoa", "party2BirthDate", b2.toString(), "party2Gender", g2,
                "party2IdNumber", "027200002222");
    }

    private List<Problem> validate(Map<String, String> form) {
        return procedure.validate(submission(MarriageRegistration.CODE, REGISTRATION.atTime(9, 0), form, null));
    }

    private static LocalDate bornYearsBefore(int years, int dayShift) {
        return REGISTRATION.minusYears(years).plusDays(dayShift);
    }

    @Test
    public void manIsOfAgeOnHisTwentiethBirthdayNotTheDayBefore() {
        LocalDate woman = bornYearsBefore(25, 0);
        assertTrue(validate(couple("Nam", bornYearsBefore(20, 0), "Nữ", woman)).isEmpty());
        assertTrue(validate(couple("Nam", bornYearsBefore(20, -1), "Nữ", woman)).isEmpty());

        // turns 20 tomorrow
        List<Problem> p = validate(couple("Nam", bornYearsBefore(20, 1), "Nữ", woman));
        assertEquals(1, p.size());
        assertEquals("marriage.under-age", p.get(0).code());
        assertEquals("form.party1BirthDate", p.get(0).field());
        assertEquals("Bên nam Trần Văn Nam (Bên thứ nhất, sinh ngày 16/06/2006) chưa đủ 20 tuổi vào ngày đăng ký"
                + " kết hôn 15/06/2026: nam phải từ đủ 20 tuổi trở lên mới được kết hôn (điểm a khoản 1 Điều 8"
                + " Luật Hôn nhân và gia đình năm 2014).", p.get(0).message());
    }

    @Test
    public void womanIsOfAgeOnHerEighteenthBirthdayNotTheDayBefore() {
        LocalDate man = bornYearsBefore(30, 0);
        assertTrue(validate(couple("Nam", man, "Nữ", bornYearsBefore(18, 0))).isEmpty());
        assertTrue(validate(couple("Nam", man, "Nữ", bornYearsBefore(18, -1))).isEmpty());

        List<Problem> p = validate(couple("Nam", man, "Nữ", bornYearsBefore(18, 1)));
        assertEquals(1, p.size());
        assertEquals("form.party2BirthDate", p.get(0).field());
        assertTrue(p.get(0).message(), p.get(0).message().startsWith("Bên nữ Lê Thị Hoa (Bên thứ hai"));
        assertTrue(p.get(0).message(), p.get(0).message().contains("chưa đủ 18 tuổi"));
    }

    @Test
    public void aWomanOfNineteenMayMarryButAManOfNineteenMayNot() {
        // the party order does not matter: here the woman is the first party
        assertTrue(validate(couple("Nữ", bornYearsBefore(19, 0), "Nam", bornYearsBefore(21, 0))).isEmpty());
        List<Problem> p = validate(couple("Nữ", bornYearsBefore(21, 0), "Nam", bornYearsBefore(19, 0)));
        assertEquals(1, p.size());
        assertTrue(p.get(0).message(), p.get(0).message().startsWith("Bên nam Lê Thị Hoa (Bên thứ hai"));
    }

    @Test
    public void bothPartiesTooYoungAreBothNamed() {
        List<Problem> p = validate(couple("Nam", bornYearsBefore(19, 0), "Nữ", bornYearsBefore(17, 0)));
        assertEquals(2, p.size());
        assertEquals("form.party1BirthDate", p.get(0).field());
        assertEquals("form.party2BirthDate", p.get(1).field());
    }

    @Test
    public void bornOnTwentyNinthFebruaryReachesTheAgeOnTwentyEighthInACommonYear() {
        LocalDate leapBirth = LocalDate.of(2008, 2, 29);
        assertFalse(MarriageRegistration.ofFullAge(leapBirth, Gender.FEMALE, LocalDate.of(2026, 2, 27)));
        assertTrue(MarriageRegistration.ofFullAge(leapBirth, Gender.FEMALE, LocalDate.of(2026, 2, 28)));
    }

    @Test
    public void twoMenOrTwoWomenAreRefused() {
        LocalDate adult = bornYearsBefore(30, 0);
        List<Problem> men = validate(couple("Nam", adult, "nam", adult));
        assertEquals(1, men.size());
        assertEquals("marriage.same-sex", men.get(0).code());
        assertTrue(men.get(0).message().contains("Nhà nước không thừa nhận hôn nhân giữa những người cùng giới tính"));
        assertEquals("marriage.same-sex", validate(couple("Nữ", adult, "Nữ", adult)).get(0).code());
    }

    @Test
    public void genderOtherThanNamOrNuIsRefused() {
        LocalDate adult = bornYearsBefore(30, 0);
        List<Problem> p = validate(couple("Nam", adult, "khác", adult));
        assertEquals(1, p.size());
        assertEquals("civil-status.gender", p.get(0).code());
        assertEquals("form.party2Gender", p.get(0).field());
    }

    @Test
    public void thePartiesMustBeTwoPeople() {
        LocalDate adult = bornYearsBefore(30, 0);
        Map<String, String> f = couple("Nam", adult, "Nữ", adult);
        f.put("party2IdNumber", "027200001111");
        List<Problem> p = validate(f);
        assertEquals(1, p.size());
        assertEquals("marriage.same-person", p.get(0).code());
    }

    @Test
    public void marriageIsFreeAndSameDay() {
        assertEquals(0, procedure.fee(submission(MarriageRegistration.CODE, REGISTRATION.atTime(9, 0),
                Map.of(), 50_000L)).amount());
        assertEquals(List.of("Miễn lệ phí đăng ký kết hôn (Điều 11 Luật Hộ tịch)"), procedure.fee(submission(
                MarriageRegistration.CODE, REGISTRATION.atTime(9, 0), Map.of(), null)).lines());
        assertEquals(TimeLimitUnit.SAME_DAY, procedure.descriptor().timeLimit().unit());
        assertFalse(procedure.descriptor().document("xac-nhan-tinh-trang-hon-nhan").mandatory());
    }

    @Test
    public void extractPutsTheManFirstAndEscapes() {
        LocalDate adult = bornYearsBefore(30, 0);
        Map<String, String> f = couple("Nữ", adult, "Nam", adult);
        f.put("party2FullName", "Trần <b>Văn</b> Nam");
        String html = procedure.resultDocument(Fixtures.result(f, 7, "01/2026", LocalDateTime.of(2026, 6, 15, 10, 0)));
        assertTrue(html.contains("TRÍCH LỤC KẾT HÔN"));
        assertTrue(html.contains("Số: 7, Quyển số: 01/2026"));
        assertTrue(html.contains("<td><b>Trần &lt;b&gt;Văn&lt;/b&gt; Nam</b></td><td><b>Trần Văn Nam</b></td>"));
        assertTrue(html.contains("Bắc Ninh, ngày 15 tháng 6 năm 2026"));
    }
}
