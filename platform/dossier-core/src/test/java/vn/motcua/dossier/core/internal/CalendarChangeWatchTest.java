package vn.motcua.dossier.core.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import vn.motcua.calendar.CalendarEntry;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.internal.VietnameseWorkingCalendar;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;

public class CalendarChangeWatchTest {

    private static final List<TimeLimit> LIMITS = List.of(new TimeLimit(0, TimeLimitUnit.SAME_DAY),
            new TimeLimit(2, TimeLimitUnit.WORKING_DAYS), new TimeLimit(25, TimeLimitUnit.WORKING_DAYS),
            new TimeLimit(8, TimeLimitUnit.WORKING_HOURS), new TimeLimit(3, TimeLimitUnit.CALENDAR_DAYS),
            new TimeLimit(15, TimeLimitUnit.CALENDAR_DAYS));

    private static DossierEntity received(WorkingCalendar calendar, LocalDateTime at, TimeLimit limit) {
        DossierEntity d = new DossierEntity();
        new DossierClock(calendar).start(d, calendar.due(at, limit));
        return d;
    }

    @Test
    public void anUnchangedCalendarGivesEveryDossierTheDueDateItHas() {
        // otherwise the first check after a start would rewrite due dates that did not move
        WorkingCalendar calendar = LifecycleFixtures.CALENDAR;
        for (LocalDateTime at = LocalDateTime.of(2026, 4, 20, 6, 0); at.isBefore(LocalDateTime.of(2026, 5, 6, 0, 0));
             at = at.plusMinutes(97)) {
            for (TimeLimit limit : LIMITS) {
                DossierEntity d = received(calendar, at, limit);
                assertEquals(at + " " + limit, d.getDueAt(), CalendarChangeWatch.due(calendar, d.getRunningSince(),
                        d.getBudgetSeconds(), d.getConsumedSeconds()));
            }
        }
    }

    @Test
    public void aDayOffAnnouncedAfterReceptionGivesTheDueDateOfAReceptionAfterTheNotice() {
        WorkingCalendar before = LifecycleFixtures.CALENDAR;
        List<CalendarEntry> entries = new ArrayList<>(before.entries());
        entries.add(new CalendarEntry(LocalDate.of(2026, 12, 1), CalendarEntry.Kind.OFF, "Ngày nghỉ thử", "Thông báo thử"));
        WorkingCalendar after = new VietnameseWorkingCalendar(entries, OfficeHours.DEFAULT);
        // received Sunday 29/11 (deemed Monday): two working days were Tuesday and Wednesday
        LocalDateTime sunday = LocalDateTime.of(2026, 11, 29, 22, 3);
        DossierEntity d = received(before, sunday, new TimeLimit(2, TimeLimitUnit.WORKING_DAYS));
        assertEquals(LocalDateTime.of(2026, 12, 2, 17, 30), d.getDueAt());
        Deadline fresh = after.due(sunday, new TimeLimit(2, TimeLimitUnit.WORKING_DAYS));
        assertEquals(LocalDateTime.of(2026, 12, 3, 17, 30), fresh.dueAt());
        assertEquals(fresh.dueAt(), CalendarChangeWatch.due(after, d.getRunningSince(), d.getBudgetSeconds(),
                d.getConsumedSeconds()));
    }
}
