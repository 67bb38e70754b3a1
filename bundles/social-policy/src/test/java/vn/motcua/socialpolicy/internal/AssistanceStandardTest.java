package vn.motcua.socialpolicy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;

import org.junit.Test;

public class AssistanceStandardTest {

    private final AssistanceStandard standard = new AssistanceStandard(Fixtures.defaults());

    @Test
    public void defaultsAreTheNationalLevelsAndTwentyTimes() {
        assertEquals(new AssistanceStandard.Level(LocalDate.of(2021, 7, 1), 360_000),
                standard.levelOn(LocalDate.of(2024, 6, 30)));
        assertEquals(new AssistanceStandard.Level(LocalDate.of(2024, 7, 1), 500_000),
                standard.levelOn(LocalDate.of(2024, 7, 1)));
        assertEquals(20, standard.burial(LocalDate.of(2026, 1, 1)).multiple());
    }

    @Test
    public void burialBeforeAndAfterTheFirstOfJuly2024() {
        assertEquals(7_200_000, standard.burial(LocalDate.of(2024, 6, 30)).amount());
        assertEquals(10_000_000, standard.burial(LocalDate.of(2024, 7, 1)).amount());
        assertEquals(7_200_000, standard.burial(LocalDate.of(2021, 7, 1)).amount());
    }

    @Test
    public void noLevelBeforeTheFirstConfiguredDay() {
        assertNull(standard.levelOn(LocalDate.of(2021, 6, 30)));
        assertNull(standard.burial(LocalDate.of(2021, 6, 30)));
        assertEquals(LocalDate.of(2021, 7, 1), standard.firstDay());
    }

    @Test
    public void aProvinceMayPayMoreAndAddLevelsInAnyOrder() {
        AssistanceStandard s = new AssistanceStandard(" 2024-07-01 = 500000 ; 2021-07-01=360000; 2026-01-01=540000;", 25);
        assertEquals(12_500_000, s.burial(LocalDate.of(2025, 12, 31)).amount());
        assertEquals(13_500_000, s.burial(LocalDate.of(2026, 1, 1)).amount());
        assertEquals(9_000_000, s.burial(LocalDate.of(2022, 3, 3)).amount());
    }

    @Test
    public void malformedConfigurationIsRefusedNamingTheEntry() {
        assertRefused("2021-07-01=360000;2024-13-01=500000", 20, "\"2024-13-01=500000\" có ngày không hợp lệ");
        assertRefused("2021-07-01:360000", 20, "mục \"2021-07-01:360000\" không đúng dạng");
        assertRefused("2021-07-01=ba trăm", 20, "mục \"2021-07-01=ba trăm\" có số tiền không hợp lệ");
        assertRefused("2021-07-01=0", 20, "có số tiền không hợp lệ");
        assertRefused("2021-07-01=-360000", 20, "có số tiền không hợp lệ");
        assertRefused("2021-07-01=360000;2021-07-01=400000", 20, "ngày 01/07/2021 được khai hai lần");
        assertRefused("", 20, "phải có ít nhất một mức chuẩn");
        assertRefused(" ; ", 20, "phải có ít nhất một mức chuẩn");
        assertRefused(null, 20, "phải có ít nhất một mức chuẩn");
        assertRefused("2021-07-01=360000", 0, "burialMultiple: phải là số nguyên từ 1 đến 1000, đang là 0");
        assertRefused("2021-07-01=360000", 1001, "đang là 1001");
    }

    private static void assertRefused(String levels, int multiple, String expected) {
        try {
            new AssistanceStandard(levels, multiple);
            fail("accepted " + levels + " × " + multiple);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("Cấu hình vn.motcua.socialpolicy, "));
            assertTrue(e.getMessage(), e.getMessage().contains(expected));
        }
    }
}
