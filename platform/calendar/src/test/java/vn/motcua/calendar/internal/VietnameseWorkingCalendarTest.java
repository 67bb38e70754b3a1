package vn.motcua.calendar.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static vn.motcua.calendar.internal.Fixtures.d;
import static vn.motcua.calendar.internal.Fixtures.t;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.Test;

import vn.motcua.calendar.CalendarEntry;
import vn.motcua.calendar.DayInfo;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.TimeLimit;

public class VietnameseWorkingCalendarTest {

    private final VietnameseWorkingCalendar shipped = Fixtures.shipped();
    private final VietnameseWorkingCalendar rulesOnly = Fixtures.rulesOnly();

    // --- the notice years ---------------------------------------------------------------------------

    @Test
    public void tet2018ComesFromTheNotice() {
        for (String date : List.of("2018-02-14", "2018-02-15", "2018-02-16", "2018-02-19", "2018-02-20")) {
            DayInfo day = shipped.day(d(date));
            assertFalse(date, day.working());
            assertEquals(date, "Tết Nguyên đán", day.reason());
            assertFalse(date, day.provisional());
        }
        assertTrue(shipped.isWorkingDay(d("2018-02-13")));
        assertTrue(shipped.isWorkingDay(d("2018-02-21")));
        assertEquals("Thứ Bảy", shipped.day(d("2018-02-17")).reason());
        assertEquals("Chủ nhật", shipped.day(d("2018-02-18")).reason());
    }

    @Test
    public void workingDaysDueDateJumpsOverTet2018() {
        Deadline deadline = shipped.due(t("2018-02-13T10:00"), TimeLimit.workingDays(3));
        assertEquals(t("2018-02-21T07:30"), deadline.countFrom());
        assertEquals(t("2018-02-23T17:30"), deadline.dueAt());
        assertEquals(t("2018-02-13T10:00"), deadline.receivedAt());
    }

    @Test
    public void tet2025IsMondayToFriday() {
        for (LocalDate date = d("2025-01-27"); !date.isAfter(d("2025-01-31")); date = date.plusDays(1)) {
            assertFalse(date.toString(), shipped.isWorkingDay(date));
            assertEquals("Tết Nguyên đán", shipped.day(date).reason());
        }
        assertTrue(shipped.isWorkingDay(d("2025-01-24")));
        assertTrue(shipped.isWorkingDay(d("2025-02-03")));
        assertEquals(d("2025-02-03"), shipped.nextWorkingDay(d("2025-01-24")));
    }

    @Test
    public void swap2025WorksSaturday26AprilAndRestsFriday2May() {
        DayInfo saturday = shipped.day(d("2025-04-26"));
        assertTrue(saturday.working());
        assertEquals("Làm bù cho 02/05/2025", saturday.reason());
        DayInfo friday = shipped.day(d("2025-05-02"));
        assertFalse(friday.working());
        assertEquals("Nghỉ hoán đổi (làm bù 26/04/2025)", friday.reason());
        assertEquals(d("2025-04-26"), shipped.nextWorkingDay(d("2025-04-25")));
        assertEquals(d("2025-05-05"), shipped.nextWorkingDay(d("2025-04-29")));
    }

    @Test
    public void swap2018To2019() {
        assertFalse(shipped.isWorkingDay(d("2018-12-31")));
        assertEquals("Nghỉ hoán đổi (làm bù 05/01/2019)", shipped.day(d("2018-12-31")).reason());
        assertTrue(shipped.isWorkingDay(d("2019-01-05")));
        assertEquals(d("2019-01-02"), shipped.nextWorkingDay(d("2018-12-28")));
        assertEquals(d("2019-01-05"), shipped.nextWorkingDay(d("2019-01-04")));
        assertEquals(d("2019-01-07"), shipped.nextWorkingDay(d("2019-01-05")));
    }

    @Test
    public void makeUpSaturday2024() {
        assertTrue(shipped.isWorkingDay(d("2024-05-04")));
        assertEquals("Làm bù cho 29/04/2024", shipped.day(d("2024-05-04")).reason());
        assertFalse(shipped.isWorkingDay(d("2024-04-29")));
        assertFalse(shipped.isWorkingDay(d("2024-05-05")));
    }

    // --- art. 111(3) compensation, computed without any notice ----------------------------------------

    @Test
    public void compensation2023() {
        assertOff(rulesOnly, "2023-04-29", "Giỗ Tổ Hùng Vương");
        assertOff(rulesOnly, "2023-04-30", "Ngày Chiến thắng");
        assertOff(rulesOnly, "2023-05-01", "Ngày Quốc tế Lao động");
        assertOff(rulesOnly, "2023-05-02", "Giỗ Tổ Hùng Vương (nghỉ bù)");
        assertOff(rulesOnly, "2023-05-03", "Ngày Chiến thắng (nghỉ bù)");
        assertTrue(rulesOnly.isWorkingDay(d("2023-05-04")));
        assertOff(rulesOnly, "2023-01-02", "Tết Dương lịch (nghỉ bù)");
        assertOff(rulesOnly, "2023-09-04", "Quốc khánh (nghỉ bù)");
        assertFalse(rulesOnly.day(d("2023-05-02")).provisional());
        // and the same with the notice table
        assertFalse(shipped.isWorkingDay(d("2023-05-02")));
        assertFalse(shipped.isWorkingDay(d("2023-05-03")));
        assertTrue(shipped.isWorkingDay(d("2023-05-04")));
    }

    @Test
    public void compensation2022() {
        assertOff(rulesOnly, "2022-01-03", "Tết Dương lịch (nghỉ bù)");
        assertTrue(rulesOnly.isWorkingDay(d("2022-01-04")));
        assertOff(rulesOnly, "2022-04-11", "Giỗ Tổ Hùng Vương (nghỉ bù)");
        assertOff(rulesOnly, "2022-05-02", "Ngày Chiến thắng (nghỉ bù)");
        assertOff(rulesOnly, "2022-05-03", "Ngày Quốc tế Lao động (nghỉ bù)");
        assertTrue(rulesOnly.isWorkingDay(d("2022-05-04")));
    }

    @Test
    public void compensation2018NationalDayOnSunday() {
        assertOff(rulesOnly, "2018-09-03", "Quốc khánh (nghỉ bù)");
        assertTrue("no second National Day day before 2021", rulesOnly.isWorkingDay(d("2018-08-31")));
        assertTrue(rulesOnly.isWorkingDay(d("2018-09-04")));
        assertOff(shipped, "2018-09-03", "Quốc khánh (nghỉ bù)");
    }

    @Test
    public void noSecondNationalDayBefore2021() {
        assertTrue(rulesOnly.isWorkingDay(d("2020-09-01")));
        assertTrue(rulesOnly.isWorkingDay(d("2020-09-03")));
        assertFalse(rulesOnly.isWorkingDay(d("2020-09-02")));
    }

    @Test
    public void provisionalSecondNationalDayFollowsTheWeekday() {
        // Thursday 2/9/2027 → Friday 3/9
        assertProvisionalOff("2027-09-03", "Quốc khánh");
        assertTrue(rulesOnly.isWorkingDay(d("2027-09-01")));
        // Saturday 2/9/2028 → Friday 1/9, the Saturday compensated on Monday 4/9
        assertProvisionalOff("2028-09-01", "Quốc khánh");
        assertOff(rulesOnly, "2028-09-04", "Quốc khánh (nghỉ bù)");
        // Sunday 2/9/2029 → Monday 3/9, the Sunday compensated on Tuesday 4/9
        assertProvisionalOff("2029-09-03", "Quốc khánh");
        assertOff(rulesOnly, "2029-09-04", "Quốc khánh (nghỉ bù)");
        assertTrue(rulesOnly.isWorkingDay(d("2029-09-05")));
        // Monday 2/9/2030 → Tuesday 3/9; Tuesday 2/9/2031 → Monday 1/9
        assertProvisionalOff("2030-09-03", "Quốc khánh");
        assertProvisionalOff("2031-09-01", "Quốc khánh");
        assertFalse(rulesOnly.day(d("2031-09-02")).provisional());
    }

    @Test
    public void aNoticeReplacesTheProvisionalSecondDay() {
        VietnameseWorkingCalendar calendar = new VietnameseWorkingCalendar(
                List.of(new CalendarEntry(d("2027-09-01"), CalendarEntry.Kind.OFF, "Quốc khánh", "TB giả định")),
                OfficeHours.DEFAULT);
        assertOff(calendar, "2027-09-01", "Quốc khánh");
        assertFalse(calendar.day(d("2027-09-01")).provisional());
        assertTrue(calendar.isWorkingDay(d("2027-09-03")));
    }

    // --- the shipped table against the rules -----------------------------------------------------------

    @Test
    public void everyRowOfTheShippedTableApplies() {
        List<CalendarEntry> rows = Fixtures.shippedEntries();
        assertEquals(103, rows.size());
        for (CalendarEntry row : rows) {
            DayInfo day = shipped.day(row.date());
            assertEquals(row.toString(), row.kind() == CalendarEntry.Kind.WORK, day.working());
            assertEquals(row.toString(), row.reason(), day.reason());
            assertFalse(row.toString(), day.provisional());
        }
    }

    @Test
    public void weekdaysOff2018To2025AreExactlyTheTablesRows() {
        for (int year = 2018; year <= 2025; year++) {
            Set<LocalDate> table = tableWeekdaysOff(year, row -> true);
            assertEquals("weekdays off in " + year, table, weekdaysOff(shipped, year, day -> true));
        }
    }

    @Test
    public void weekendDaysWorked2018To2025AreTheMakeUpSaturdays() {
        Set<LocalDate> worked = new TreeSet<>();
        for (DayInfo day : shipped.days(d("2018-01-01"), d("2025-12-31"))) {
            if (day.working() && isWeekend(day.date())) {
                worked.add(day.date());
            }
        }
        assertEquals(Set.of(d("2019-01-05"), d("2019-05-04"), d("2024-05-04"), d("2025-04-26")), worked);
    }

    /**
     * Without any notice, the rules alone give exactly the table's weekdays off other than Tết and
     * swaps, which only a notice can decide: fixed holidays, Giỗ Tổ, compensation days and, from 2021,
     * the second National Day day.
     */
    @Test
    public void computedStatutoryDays2018To2025AgreeWithTheTable() {
        for (int year = 2018; year <= 2025; year++) {
            Set<LocalDate> table = tableWeekdaysOff(year,
                    row -> !row.reason().startsWith("Tết Nguyên đán") && !row.reason().startsWith("Nghỉ hoán đổi"));
            Set<LocalDate> computed = weekdaysOff(rulesOnly, year,
                    day -> !day.reason().startsWith("Tết Nguyên đán"));
            assertEquals("statutory weekdays off in " + year, table, computed);
        }
    }

    /** The one computed day the table lacks: 2026's second National Day day is not yet in it. */
    @Test
    public void secondNationalDay2026IsProvisionalUntilTheTableHasIt() {
        DayInfo day = shipped.day(d("2026-09-03"));
        assertFalse(day.working());
        assertTrue(day.provisional());
        Set<LocalDate> extra = weekdaysOff(shipped, 2026, x -> true);
        extra.removeAll(tableWeekdaysOff(2026, row -> true));
        assertEquals(Set.of(d("2026-09-03")), extra);
    }

    // --- a year without a notice: 2030 ------------------------------------------------------------------

    @Test
    public void provisionalTet2030FollowsTheVietnameseCalendar() {
        assertEquals(new LunarDate(1, 1, false, 2030), shipped.day(d("2030-02-02")).lunar());
        // 2029's lunar year ends on 29 tháng Chạp, Friday 1/2/2030
        assertEquals(new LunarDate(29, 12, false, 2029), shipped.day(d("2030-02-01")).lunar());
        for (String date : List.of("2030-02-01", "2030-02-02", "2030-02-03", "2030-02-04", "2030-02-05")) {
            assertProvisionalOff(shipped, date, "Tết Nguyên đán");
        }
        // Saturday 2/2 and Sunday 3/2 are compensated on Wednesday 6/2 and Thursday 7/2
        assertProvisionalOff(shipped, "2030-02-06", "Tết Nguyên đán (nghỉ bù)");
        assertProvisionalOff(shipped, "2030-02-07", "Tết Nguyên đán (nghỉ bù)");
        assertTrue(shipped.isWorkingDay(d("2030-01-31")));
        assertTrue(shipped.isWorkingDay(d("2030-02-08")));
        assertFalse(shipped.day(d("2030-02-08")).provisional());
        assertEquals(d("2030-02-08"), shipped.nextWorkingDay(d("2030-01-31")));
    }

    @Test
    public void aTetNoticeReplacesTheProvisionalDays() {
        List<CalendarEntry> notice = List.of(
                new CalendarEntry(d("2030-01-31"), CalendarEntry.Kind.OFF, "Tết Nguyên đán", "TB giả định"),
                new CalendarEntry(d("2030-02-01"), CalendarEntry.Kind.OFF, "Tết Nguyên đán", "TB giả định"),
                new CalendarEntry(d("2030-02-04"), CalendarEntry.Kind.OFF, "Tết Nguyên đán", "TB giả định"),
                new CalendarEntry(d("2030-02-05"), CalendarEntry.Kind.OFF, "Tết Nguyên đán", "TB giả định"),
                new CalendarEntry(d("2030-02-06"), CalendarEntry.Kind.OFF, "Tết Nguyên đán", "TB giả định"));
        VietnameseWorkingCalendar calendar = new VietnameseWorkingCalendar(notice, OfficeHours.DEFAULT);
        assertFalse(calendar.isWorkingDay(d("2030-01-31")));
        assertFalse(calendar.day(d("2030-02-06")).provisional());
        assertTrue(calendar.isWorkingDay(d("2030-02-07")));
        assertEquals("Thứ Bảy", calendar.day(d("2030-02-02")).reason());
        assertFalse(calendar.day(d("2030-02-02")).provisional());
    }

    @Test
    public void hungKingsDayOnTheVietnameseCalendar() {
        assertOff(rulesOnly, "2030-04-12", "Giỗ Tổ Hùng Vương");
        assertEquals(new LunarDate(10, 3, false, 2030), rulesOnly.day(d("2030-04-12")).lunar());
        // 2037 and 2038: Vietnam one day before China
        assertOff(rulesOnly, "2037-04-24", "Giỗ Tổ Hùng Vương");
        assertTrue(rulesOnly.isWorkingDay(d("2037-04-23")));
        assertOff(rulesOnly, "2038-04-13", "Giỗ Tổ Hùng Vương");
        assertTrue(rulesOnly.isWorkingDay(d("2038-04-14")));
        // not a holiday before 2007
        assertEquals(new LunarDate(10, 3, false, 2006), rulesOnly.day(d("2006-04-07")).lunar());
        assertTrue(rulesOnly.isWorkingDay(d("2006-04-07")));
    }

    @Test
    public void lunarDates() {
        assertEquals(new LunarDate(1, 1, false, 2007), rulesOnly.day(d("2007-02-17")).lunar());
        assertEquals(new LunarDate(1, 1, false, 2025), rulesOnly.day(d("2025-01-29")).lunar());
        assertEquals(new LunarDate(29, 12, false, 2024), rulesOnly.day(d("2025-01-28")).lunar());
        assertEquals(new LunarDate(30, 12, false, 2017), rulesOnly.day(d("2018-02-15")).lunar());
        // 2033 has the leap eleventh month
        assertEquals(new LunarDate(4, 11, true, 2033), rulesOnly.day(d("2033-12-25")).lunar());
        // the lunar year 2032 runs on past 1 January 2033
        assertEquals(2032, rulesOnly.day(d("2033-01-01")).lunar().year());
    }

    @Test
    public void provisionalTetInEveryYearWithoutANotice() {
        for (int year = 2027; year <= 2040; year++) {
            LocalDate tet = VietnameseLunar.tet(year);
            assertEquals(new LunarDate(1, 1, false, year), rulesOnly.day(tet).lunar());
            int weekdaysOff = 0;
            for (LocalDate date = tet.minusDays(1); !date.isAfter(tet.plusDays(10)); date = date.plusDays(1)) {
                DayInfo day = rulesOnly.day(date);
                if (!day.working() && !isWeekend(date)) {
                    weekdaysOff++;
                    assertTrue(date.toString(), day.provisional());
                    assertTrue(date.toString(), day.reason().startsWith("Tết Nguyên đán"));
                }
            }
            assertEquals("five weekdays of Tết " + year, 5, weekdaysOff);
        }
    }

    // --- entries and limits ----------------------------------------------------------------------------

    @Test
    public void aWorkEntryOverridesAHoliday() {
        VietnameseWorkingCalendar calendar = new VietnameseWorkingCalendar(
                List.of(new CalendarEntry(d("2030-04-12"), CalendarEntry.Kind.WORK, "Làm việc (thử)", null)),
                OfficeHours.DEFAULT);
        assertTrue(calendar.isWorkingDay(d("2030-04-12")));
        assertEquals("Làm việc (thử)", calendar.day(d("2030-04-12")).reason());
    }

    @Test
    public void ordinaryWorkingDayHasNoReason() {
        DayInfo day = shipped.day(d("2025-03-11"));
        assertTrue(day.working());
        assertNull(day.reason());
        assertFalse(day.provisional());
    }

    @Test
    public void entriesAreTheOnesGiven() {
        assertEquals(Fixtures.shippedEntries(), shipped.entries());
        assertTrue(rulesOnly.entries().isEmpty());
    }

    @Test
    public void daysListsEveryDayAndRejectsBadSpans() {
        List<DayInfo> days = shipped.days(d("2025-01-25"), d("2025-02-03"));
        assertEquals(10, days.size());
        assertEquals(d("2025-01-25"), days.get(0).date());
        assertEquals(List.of(false, false, false, false, false, false, false, false, false, true),
                days.stream().map(DayInfo::working).collect(Collectors.toList()));
        assertEquals(1, shipped.days(d("2025-01-25"), d("2025-01-25")).size());
        assertEquals(3660, shipped.days(d("2020-01-01"), d("2020-01-01").plusDays(3659)).size());
        IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class,
                () -> shipped.days(d("2025-02-03"), d("2025-01-25")));
        assertTrue(reversed.getMessage(), reversed.getMessage().contains("before"));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> shipped.days(d("2020-01-01"), d("2020-01-01").plusDays(3660)));
        assertTrue(tooLong.getMessage(), tooLong.getMessage().contains("3660"));
    }

    @Test
    public void yearsOutsideTheRangeAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> shipped.isWorkingDay(d("3000-01-01")));
        assertTrue(e.getMessage(), e.getMessage().contains("2999"));
    }

    private void assertProvisionalOff(String date, String reason) {
        assertProvisionalOff(rulesOnly, date, reason);
    }

    private static void assertProvisionalOff(VietnameseWorkingCalendar calendar, String date, String reason) {
        assertOff(calendar, date, reason);
        assertTrue(date + " is provisional", calendar.day(d(date)).provisional());
    }

    private static void assertOff(VietnameseWorkingCalendar calendar, String date, String reason) {
        DayInfo day = calendar.day(d(date));
        assertFalse(date + " is off", day.working());
        assertEquals(date, reason, day.reason());
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static Set<LocalDate> tableWeekdaysOff(int year, Predicate<CalendarEntry> filter) {
        return Fixtures.shippedEntries().stream()
                .filter(row -> row.date().getYear() == year && row.kind() == CalendarEntry.Kind.OFF)
                .filter(row -> !isWeekend(row.date()))
                .filter(filter)
                .map(CalendarEntry::date)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<LocalDate> weekdaysOff(VietnameseWorkingCalendar calendar, int year,
            Predicate<DayInfo> filter) {
        return calendar.days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(day -> !day.working() && !isWeekend(day.date()))
                .filter(filter)
                .map(DayInfo::date)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
