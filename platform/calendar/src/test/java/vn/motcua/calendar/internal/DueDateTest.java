package vn.motcua.calendar.internal;

import static org.junit.Assert.assertEquals;
import static vn.motcua.calendar.internal.Fixtures.t;

import java.time.LocalDateTime;

import org.junit.Test;

import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;

/** due(): the four units, with the shipped notice table (2025: Tết 27–31/1, swap 26/4 ↔ 2/5). */
public class DueDateTest {

    private final VietnameseWorkingCalendar calendar = Fixtures.shipped();

    // --- SAME_DAY and the 15:00 cut-off -----------------------------------------------------------------

    @Test
    public void sameDayBeforeTheCutOffIsDueThatEvening() {
        assertDeadline("2025-03-11T14:59", TimeLimit.sameDay(), "2025-03-11T14:59", "2025-03-11T17:30");
    }

    @Test
    public void sameDayAtTheCutOffIsDueTheNextWorkingDay() {
        assertDeadline("2025-03-11T15:00", TimeLimit.sameDay(), "2025-03-12T07:30", "2025-03-12T17:30");
    }

    @Test
    public void sameDayFridayAfternoonIsDueMonday() {
        assertDeadline("2025-03-14T15:30", TimeLimit.sameDay(), "2025-03-17T07:30", "2025-03-17T17:30");
    }

    @Test
    public void sameDayOnAMakeUpSaturday() {
        assertDeadline("2025-04-26T10:00", TimeLimit.sameDay(), "2025-04-26T10:00", "2025-04-26T17:30");
        // after the cut-off: Monday 28/4 (Sunday 27/4 off)
        assertDeadline("2025-04-26T15:00", TimeLimit.sameDay(), "2025-04-28T07:30", "2025-04-28T17:30");
    }

    @Test
    public void sameDayOnADayOffOrBeforeOpening() {
        assertDeadline("2025-03-16T09:00", TimeLimit.sameDay(), "2025-03-17T07:30", "2025-03-17T17:30");
        assertDeadline("2025-03-11T06:45", TimeLimit.sameDay(), "2025-03-11T07:30", "2025-03-11T17:30");
    }

    // --- WORKING_DAYS -----------------------------------------------------------------------------------

    @Test
    public void workingDaysReceivedDuringOfficeHours() {
        // received Monday: counted from Tuesday, the third working day is Thursday
        assertDeadline("2025-03-10T09:00", TimeLimit.workingDays(3), "2025-03-11T07:30", "2025-03-13T17:30");
        assertDeadline("2025-03-10T09:00", TimeLimit.workingDays(1), "2025-03-11T07:30", "2025-03-11T17:30");
    }

    @Test
    public void workingDaysReceivedBeforeOpeningOrInTheLunchBreakBelongToThatDay() {
        assertDeadline("2025-03-10T06:00", TimeLimit.workingDays(3), "2025-03-11T07:30", "2025-03-13T17:30");
        assertDeadline("2025-03-10T12:00", TimeLimit.workingDays(3), "2025-03-11T07:30", "2025-03-13T17:30");
        assertDeadline("2025-03-10T17:29", TimeLimit.workingDays(3), "2025-03-11T07:30", "2025-03-13T17:30");
    }

    @Test
    public void workingDaysReceivedAfterClosingBelongToTheNextWorkingDay() {
        assertDeadline("2025-03-10T17:30", TimeLimit.workingDays(3), "2025-03-12T07:30", "2025-03-14T17:30");
        // Friday evening: deemed received Monday, counted from Tuesday
        assertDeadline("2025-03-14T20:00", TimeLimit.workingDays(2), "2025-03-18T07:30", "2025-03-19T17:30");
    }

    @Test
    public void workingDaysReceivedOnAHoliday() {
        // Wednesday 30/4/2025: 1/5 holiday, 2/5 swapped off, weekend → deemed received Monday 5/5
        assertDeadline("2025-04-30T09:00", TimeLimit.workingDays(2), "2025-05-06T07:30", "2025-05-07T17:30");
    }

    @Test
    public void workingDaysAcrossTheSwap() {
        // Friday 25/4/2025, 4 working days: Saturday 26/4 (worked), 28/4, 29/4, then 30/4–4/5 off → 5/5
        assertDeadline("2025-04-25T10:00", TimeLimit.workingDays(4), "2025-04-26T07:30", "2025-05-05T17:30");
    }

    @Test
    public void zeroWorkingDaysIsDueAtClosingOfTheReceiptDay() {
        assertDeadline("2025-03-10T10:00", TimeLimit.workingDays(0), "2025-03-10T10:00", "2025-03-10T17:30");
        assertDeadline("2025-03-15T10:00", TimeLimit.workingDays(0), "2025-03-17T07:30", "2025-03-17T17:30");
    }

    @Test
    public void workingDaysAcrossTet2025() {
        // Thursday 23/1/2025, 5 working days: 24/1, 3/2, 4/2, 5/2, 6/2
        assertDeadline("2025-01-23T16:00", TimeLimit.workingDays(5), "2025-01-24T07:30", "2025-02-06T17:30");
    }

    // --- CALENDAR_DAYS ----------------------------------------------------------------------------------

    @Test
    public void calendarDaysLandingOnAHolidayMoveToTheNextWorkingDay() {
        // Monday 21/4/2025 + 9 = Wednesday 30/4: off until Sunday 4/5 → Monday 5/5
        assertDeadline("2025-04-21T09:00", new TimeLimit(9, TimeLimitUnit.CALENDAR_DAYS),
                "2025-04-22T07:30", "2025-05-05T17:30");
    }

    @Test
    public void calendarDaysLandingOnAMakeUpSaturdayStayThere() {
        assertDeadline("2025-04-18T09:00", new TimeLimit(8, TimeLimitUnit.CALENDAR_DAYS),
                "2025-04-19T07:30", "2025-04-26T17:30");
    }

    @Test
    public void calendarDaysCountFromTheDeemedReceiptDay() {
        // Friday after closing: deemed received Monday 17/3, +2 = Wednesday 19/3
        assertDeadline("2025-03-14T18:00", new TimeLimit(2, TimeLimitUnit.CALENDAR_DAYS),
                "2025-03-18T07:30", "2025-03-19T17:30");
        // Thursday + 2 = Saturday → Monday
        assertDeadline("2025-03-13T10:00", new TimeLimit(2, TimeLimitUnit.CALENDAR_DAYS),
                "2025-03-14T07:30", "2025-03-17T17:30");
    }

    // --- WORKING_HOURS ----------------------------------------------------------------------------------

    @Test
    public void workingHoursSkipTheLunchBreak() {
        assertDeadline("2025-03-10T10:00", hours(4), "2025-03-10T10:00", "2025-03-10T16:00");
        assertDeadline("2025-03-10T12:15", hours(2), "2025-03-10T13:30", "2025-03-10T15:30");
        assertDeadline("2025-03-10T07:30", hours(8), "2025-03-10T07:30", "2025-03-10T17:30");
        assertDeadline("2025-03-10T07:30", hours(4), "2025-03-10T07:30", "2025-03-10T11:30");
    }

    @Test
    public void workingHoursSkipTheWeekend() {
        // Friday 16:00: 1.5 h on Friday, 2.5 h on Monday
        assertDeadline("2025-03-14T16:00", hours(4), "2025-03-14T16:00", "2025-03-17T10:00");
        // received on Saturday: counted from Monday's opening
        assertDeadline("2025-03-15T11:00", hours(5), "2025-03-17T07:30", "2025-03-17T14:30");
        // received after closing
        assertDeadline("2025-03-14T17:45", hours(1), "2025-03-17T07:30", "2025-03-17T08:30");
    }

    @Test
    public void workingHoursAcrossTet() {
        assertDeadline("2025-01-24T15:30", hours(16), "2025-01-24T15:30", "2025-02-04T15:30");
    }

    private static TimeLimit hours(int n) {
        return new TimeLimit(n, TimeLimitUnit.WORKING_HOURS);
    }

    private void assertDeadline(String received, TimeLimit limit, String countFrom, String dueAt) {
        LocalDateTime receivedAt = t(received);
        Deadline deadline = calendar.due(receivedAt, limit);
        assertEquals(new Deadline(receivedAt, t(countFrom), t(dueAt)), deadline);
    }
}
