package vn.motcua.dossier.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import vn.motcua.calendar.CalendarEntry;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.internal.VietnameseWorkingCalendar;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.procedure.ProcessStep;

/** {@link DueRecalculation}: the rules {@link CalendarChangeWatch} applies to each open dossier. */
public class CalendarChangeWatchTest {

    private static final List<ProcessStep> STEPS = ProcessStep.DEFAULT;
    private static final List<TimeLimit> LIMITS = List.of(new TimeLimit(0, TimeLimitUnit.SAME_DAY),
            new TimeLimit(2, TimeLimitUnit.WORKING_DAYS), new TimeLimit(25, TimeLimitUnit.WORKING_DAYS),
            new TimeLimit(8, TimeLimitUnit.WORKING_HOURS), new TimeLimit(3, TimeLimitUnit.CALENDAR_DAYS),
            new TimeLimit(15, TimeLimitUnit.CALENDAR_DAYS));
    private static final LocalDateTime SUNDAY = LocalDateTime.of(2026, 11, 29, 22, 3);

    /** A dossier received at {@code at} under {@code calendar}, at its first step. */
    private static DossierEntity received(WorkingCalendar calendar, LocalDateTime at, TimeLimit limit) {
        DossierEntity d = new DossierEntity();
        d.setReceivedAt(at);
        d.setTimeLimitAmount(limit.amount());
        d.setTimeLimitUnit(limit.unit());
        DossierClock clock = new DossierClock(calendar);
        clock.start(d, calendar.due(at, limit));
        d.setStepIndex(0);
        d.setStepDueAt(clock.stepDue(d, STEPS, 0));
        return d;
    }

    private static WorkingCalendar with(CalendarEntry... added) {
        List<CalendarEntry> entries = new ArrayList<>(LifecycleFixtures.CALENDAR.entries());
        entries.addAll(List.of(added));
        return new VietnameseWorkingCalendar(entries, OfficeHours.DEFAULT);
    }

    private static CalendarEntry off(int month, int day) {
        return new CalendarEntry(LocalDate.of(2026, month, day), CalendarEntry.Kind.OFF, "Ngày nghỉ thử", "TB thử");
    }

    @Test
    public void theEntryNamesTheNoticesThatChangedBetweenReceptionAndDue() {
        List<CalendarEntry> before = new ArrayList<>(LifecycleFixtures.CALENDAR.entries());
        before.add(new CalendarEntry(LocalDate.of(2026, 12, 12), CalendarEntry.Kind.WORK, "Làm bù", null));
        List<CalendarEntry> after = new ArrayList<>(LifecycleFixtures.CALENDAR.entries());
        after.add(off(12, 2));
        after.add(new CalendarEntry(LocalDate.of(2027, 3, 1), CalendarEntry.Kind.OFF, "Xa", null));
        var notices = CalendarChangeWatch.changedNotices(before, after);
        assertEquals(3, notices.size());
        assertEquals("nghỉ ngày 02/12/2026 (Ngày nghỉ thử; TB thử)", notices.get(LocalDate.of(2026, 12, 2)));
        assertEquals("bỏ ngày làm bù 12/12/2026 (Làm bù)", notices.get(LocalDate.of(2026, 12, 12)));
        String note = CalendarChangeWatch.note(notices, SUNDAY, LocalDateTime.of(2026, 12, 2, 17, 30),
                LocalDateTime.of(2026, 12, 3, 17, 30), null);
        assertEquals(CoreMessages.text("due.recalculated")
                + " Thông báo: nghỉ ngày 02/12/2026 (Ngày nghỉ thử; TB thử).", note);
        assertEquals("unknown (the first check after a start): the reason alone", CoreMessages.text("due.recalculated"),
                CalendarChangeWatch.note(java.util.Map.of(), SUNDAY, LocalDateTime.of(2026, 12, 3, 17, 30)));
        // a notice replaced for the same day: the new one
        List<CalendarEntry> renamed = new ArrayList<>(after);
        renamed.remove(off(12, 2));
        renamed.add(new CalendarEntry(LocalDate.of(2026, 12, 2), CalendarEntry.Kind.OFF, "Quốc tang", "TB 5"));
        assertEquals("nghỉ ngày 02/12/2026 (Quốc tang; TB 5)",
                CalendarChangeWatch.changedNotices(after, renamed).get(LocalDate.of(2026, 12, 2)));
    }

    @Test
    public void anUnchangedCalendarMovesNothing() {
        // otherwise the first check after a start would rewrite due dates that did not move
        WorkingCalendar calendar = LifecycleFixtures.CALENDAR;
        DueRecalculation recalculation = new DueRecalculation(calendar);
        for (LocalDateTime at = LocalDateTime.of(2026, 4, 20, 6, 0); at.isBefore(LocalDateTime.of(2026, 5, 6, 0, 0));
             at = at.plusMinutes(97)) {
            for (TimeLimit limit : LIMITS) {
                assertNull(at + " " + limit, recalculation.recalculated(received(calendar, at, limit), STEPS, at));
            }
        }
    }

    @Test
    public void aDossierWhoseClockNeverStoppedGetsTheDeadlineOfAReceptionUnderTheNewCalendar() {
        WorkingCalendar after = with(off(12, 1));
        // received Sunday 29/11, deemed Monday: two working days were Tuesday 1/12 and Wednesday 2/12
        DossierEntity d = received(LifecycleFixtures.CALENDAR, SUNDAY, new TimeLimit(2, TimeLimitUnit.WORKING_DAYS));
        assertEquals(LocalDateTime.of(2026, 12, 2, 17, 30), d.getDueAt());
        DossierEntity moved = new DueRecalculation(after).recalculated(d, STEPS, SUNDAY);
        assertEquals(LocalDateTime.of(2026, 12, 3, 17, 30), moved.getDueAt());
        assertEquals(after.due(SUNDAY, new TimeLimit(2, TimeLimitUnit.WORKING_DAYS)).dueAt(), moved.getDueAt());
        assertEquals("the count starts on the next working day", LocalDateTime.of(2026, 12, 2, 7, 30),
                moved.getCountFrom());
        // the first step's due instant follows
        assertEquals(new DossierClock(after).stepDue(moved, STEPS, 0), moved.getStepDueAt());

        // the deemed day of receipt itself declared off: as a reception then
        DossierEntity monday = new DueRecalculation(with(off(11, 30))).recalculated(d, STEPS, SUNDAY);
        assertEquals(with(off(11, 30)).due(SUNDAY, new TimeLimit(2, TimeLimitUnit.WORKING_DAYS)).dueAt(),
                monday.getDueAt());
    }

    @Test
    public void calendarDaysCountHolidaysAndMoveOnlyOffADayOff() {
        // 15 calendar days from Monday 30/11: Tuesday 15/12; a day off on 9/12 does not move it
        LocalDateTime monday = LocalDateTime.of(2026, 11, 30, 9, 0);
        TimeLimit fifteen = new TimeLimit(15, TimeLimitUnit.CALENDAR_DAYS);
        DossierEntity d = received(LifecycleFixtures.CALENDAR, monday, fifteen);
        assertEquals(LocalDate.of(2026, 12, 15), d.getDueAt().toLocalDate());
        // (its steps' shares of the office time do move, as a reception's would)
        DossierEntity after = new DueRecalculation(with(off(12, 9))).recalculated(d, STEPS, monday);
        assertEquals(d.getDueAt(), after.getDueAt());
        assertEquals(received(with(off(12, 9)), monday, fifteen).getStepDueAt(), after.getStepDueAt());
        // the due day itself declared off: the next working day
        assertEquals(LocalDate.of(2026, 12, 16), new DueRecalculation(with(off(12, 15))).recalculated(d, STEPS, monday)
                .getDueAt().toLocalDate());
    }

    @Test
    public void aDueInstantNeverMovesIntoThePastNorOneAlreadyPassed() {
        DossierEntity d = received(LifecycleFixtures.CALENDAR, SUNDAY, new TimeLimit(2, TimeLimitUnit.WORKING_DAYS));
        // already passed: stays
        assertNull(new DueRecalculation(with(off(12, 1))).recalculated(d, STEPS, LocalDateTime.of(2026, 12, 3, 8, 0)));
        // a make-up Saturday after the due date changes nothing
        WorkingCalendar makeUp = with(new CalendarEntry(LocalDate.of(2026, 12, 5), CalendarEntry.Kind.WORK, "Làm bù", "TB"));
        DossierEntity same = new DueRecalculation(makeUp).recalculated(d, STEPS, SUNDAY);
        assertNull("a make-up day after the due date moves nothing", same);
    }

    @Test
    public void aDossierThatWaitedForTheApplicantKeepsItsRemainingOfficeTimeFromItsResumption() {
        DossierEntity d = received(LifecycleFixtures.CALENDAR, SUNDAY, new TimeLimit(2, TimeLimitUnit.WORKING_DAYS));
        DossierClock clock = new DossierClock(LifecycleFixtures.CALENDAR);
        // four office hours used on Tuesday 1/12, then a supplement until Thursday 3/12 08:00
        clock.pause(d, LocalDateTime.of(2026, 12, 1, 11, 30));
        clock.resume(d, STEPS, LocalDateTime.of(2026, 12, 3, 8, 0));
        LocalDateTime due = d.getDueAt();
        LocalDateTime now = LocalDateTime.of(2026, 12, 3, 9, 0);
        assertNull(new DueRecalculation(LifecycleFixtures.CALENDAR).recalculated(d, STEPS, now));
        // the twelve hours left ran to Friday 4/12 14:00; Friday declared off, they run to Monday 7/12 14:00
        assertEquals(LocalDateTime.of(2026, 12, 4, 14, 0), due);
        DossierEntity moved = new DueRecalculation(with(off(12, 4))).recalculated(d, STEPS, now);
        assertEquals(LocalDateTime.of(2026, 12, 7, 14, 0), moved.getDueAt());
        assertEquals(due.plusDays(3), moved.getDueAt());
    }

    @Test
    public void theReceivingAgencysDeadlineOfATransferFollowsTheNotice() {
        // transferred Monday 30/11 10:00 for 2 working days: Wednesday 2/12 17:30
        LocalDateTime transferred = LocalDateTime.of(2026, 11, 30, 10, 0);
        LocalDateTime due = LocalDateTime.of(2026, 12, 2, 17, 30);
        assertNull("unchanged", new DueRecalculation(LifecycleFixtures.CALENDAR).transferDue(due, transferred, 2,
                transferred));
        assertEquals(LocalDateTime.of(2026, 12, 3, 17, 30), new DueRecalculation(with(off(12, 2)))
                .transferDue(due, transferred, 2, transferred));
        assertNull("already passed", new DueRecalculation(with(off(12, 2))).transferDue(due, transferred, 2,
                LocalDateTime.of(2026, 12, 2, 18, 0)));
    }
}
