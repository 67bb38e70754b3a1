package vn.motcua.calendar.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static vn.motcua.calendar.internal.Fixtures.d;
import static vn.motcua.calendar.internal.Fixtures.t;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Random;

import org.junit.Test;

import vn.motcua.calendar.DayInfo;

/** workingTimeBetween / addWorkingTime, as the suspension ledger uses them to pause and resume the clock. */
public class WorkingTimeTest {

    private final VietnameseWorkingCalendar calendar = Fixtures.shipped();

    @Test
    public void betweenCountsOfficeHoursOnly() {
        assertEquals(Duration.ofHours(2), calendar.workingTimeBetween(t("2025-03-10T10:00"), t("2025-03-10T14:00")));
        assertEquals(Duration.ofHours(8), calendar.workingTimeBetween(t("2025-03-10T06:00"), t("2025-03-10T19:00")));
        assertEquals(Duration.ZERO, calendar.workingTimeBetween(t("2025-03-10T11:45"), t("2025-03-10T13:15")));
        // Friday 16:00 to Monday 09:00
        assertEquals(Duration.ofHours(3), calendar.workingTimeBetween(t("2025-03-14T16:00"), t("2025-03-17T09:00")));
        // a Sunday counts nothing
        assertEquals(Duration.ZERO, calendar.workingTimeBetween(t("2025-03-16T08:00"), t("2025-03-16T16:00")));
    }

    @Test
    public void betweenIsZeroWhenToIsNotAfterFrom() {
        assertEquals(Duration.ZERO, calendar.workingTimeBetween(t("2025-03-10T10:00"), t("2025-03-10T10:00")));
        assertEquals(Duration.ZERO, calendar.workingTimeBetween(t("2025-03-11T10:00"), t("2025-03-10T10:00")));
    }

    @Test
    public void addEndingOnASessionEndStaysThere() {
        assertEquals(t("2025-03-10T17:30"), calendar.addWorkingTime(t("2025-03-10T07:30"), Duration.ofHours(8)));
        assertEquals(t("2025-03-10T11:30"), calendar.addWorkingTime(t("2025-03-10T07:30"), Duration.ofHours(4)));
        assertEquals(t("2025-03-11T07:31"), calendar.addWorkingTime(t("2025-03-10T07:30"), Duration.ofMinutes(8 * 60 + 1)));
        assertEquals(t("2025-03-14T17:30"), calendar.addWorkingTime(t("2025-03-14T16:30"), Duration.ofHours(1)));
    }

    @Test
    public void addZeroIsTheSameInstantEvenOutsideOfficeHours() {
        for (LocalDateTime x : new LocalDateTime[] {t("2025-03-10T12:00"), t("2025-03-16T09:00"), t("2025-03-10T22:00")}) {
            assertEquals(x, calendar.addWorkingTime(x, Duration.ZERO));
        }
    }

    @Test
    public void addRejectsANegativeAmount() {
        assertThrows(IllegalArgumentException.class,
                () -> calendar.addWorkingTime(t("2025-03-10T10:00"), Duration.ofMinutes(-1)));
    }

    @Test
    public void addFromOutsideOfficeHours() {
        assertEquals(t("2025-03-10T14:30"), calendar.addWorkingTime(t("2025-03-10T12:00"), Duration.ofHours(1)));
        assertEquals(t("2025-03-17T08:30"), calendar.addWorkingTime(t("2025-03-15T12:00"), Duration.ofHours(1)));
        assertEquals(t("2025-03-17T08:30"), calendar.addWorkingTime(t("2025-03-14T18:00"), Duration.ofHours(1)));
    }

    @Test
    public void acrossTet2025() {
        LocalDateTime before = t("2025-01-24T16:30");
        LocalDateTime after = t("2025-02-03T08:30");
        assertEquals(Duration.ofHours(2), calendar.workingTimeBetween(before, after));
        assertEquals(after, calendar.addWorkingTime(before, Duration.ofHours(2)));
        // Tết 2018 (14–20/2) and Tết 2030 (provisional: 1–7/2)
        assertEquals(t("2018-02-21T08:30"), calendar.addWorkingTime(t("2018-02-13T17:00"), Duration.ofMinutes(90)));
        assertEquals(t("2030-02-08T08:30"), calendar.addWorkingTime(t("2030-01-31T17:00"), Duration.ofMinutes(90)));
        assertEquals(Duration.ofMinutes(90), calendar.workingTimeBetween(t("2030-01-31T17:00"), t("2030-02-08T08:30")));
    }

    @Test
    public void aWholeYearIsItsWorkingDaysTimesEightHours() {
        long workingDays2025 = calendar.days(d("2025-01-01"), d("2025-12-31")).stream().filter(DayInfo::working).count();
        // 365 days - 104 weekend days + 1 make-up Saturday - 12 weekdays off
        assertEquals(250, workingDays2025);
        LocalDateTime from = t("2025-01-01T00:00");
        LocalDateTime to = t("2026-01-01T00:00");
        Duration year = calendar.workingTimeBetween(from, to);
        assertEquals(Duration.ofHours(8 * 250), year);
        // the last working day of 2025, Wednesday 31/12, at closing
        assertEquals(t("2025-12-31T17:30"), calendar.addWorkingTime(from, year));
    }

    @Test
    public void spansOfYearsCrossYearBoundaries() {
        LocalDateTime from = t("2018-06-15T09:10");
        LocalDateTime to = t("2031-03-04T14:20");
        Duration span = calendar.workingTimeBetween(from, to);
        assertEquals(to, calendar.addWorkingTime(from, span));
        assertEquals(minuteByMinute(t("2024-11-20T10:00"), t("2025-03-04T14:20")),
                calendar.workingTimeBetween(t("2024-11-20T10:00"), t("2025-03-04T14:20")));
    }

    /**
     * Random spans, 2018–2031, checked against a naive minute-by-minute count, and the round trip the
     * suspension ledger relies on: adding the time between two instants lands on the same office
     * instant as the second one.
     */
    @Test
    public void roundTripsAgreeWithAMinuteByMinuteCount() {
        Random random = new Random(20250102L);
        LocalDateTime origin = t("2018-01-01T00:00");
        for (int k = 0; k < 300; k++) {
            LocalDateTime from = origin.plusMinutes(random.nextInt(14 * 365 * 24 * 60));
            LocalDateTime to = from.plusMinutes(random.nextInt(k < 150 ? 5 * 24 * 60 : 60 * 24 * 60));
            Duration between = calendar.workingTimeBetween(from, to);
            if (k < 150) {
                assertEquals(from + " → " + to, minuteByMinute(from, to), between);
            }
            LocalDateTime landed = calendar.addWorkingTime(from, between);
            assertEquals(from + " → " + to + " landed " + landed, Duration.ZERO, calendar.workingTimeBetween(landed, to));
            assertEquals(from + " → " + to + " landed " + landed, Duration.ZERO, calendar.workingTimeBetween(to, landed));
            if (!between.isZero() && strictlyInsideASession(to)) {
                assertEquals(to, landed);
            }
            assertEquals(between, calendar.workingTimeBetween(from, landed));
        }
    }

    @Test
    public void addingInStepsEqualsAddingAtOnce() {
        LocalDateTime start = t("2025-01-20T09:15");
        LocalDateTime stepwise = start;
        for (int i = 0; i < 40; i++) {
            stepwise = calendar.addWorkingTime(stepwise, Duration.ofMinutes(97));
        }
        assertEquals(calendar.addWorkingTime(start, Duration.ofMinutes(40 * 97)), stepwise);
    }

    private boolean strictlyInsideASession(LocalDateTime instant) {
        if (!calendar.isWorkingDay(instant.toLocalDate())) {
            return false;
        }
        LocalTime time = instant.toLocalTime();
        return time.isAfter(LocalTime.of(7, 30)) && time.isBefore(LocalTime.of(11, 30))
                || time.isAfter(LocalTime.of(13, 30)) && time.isBefore(LocalTime.of(17, 30));
    }

    /** The reference: walk minute by minute (inputs are whole minutes). */
    private Duration minuteByMinute(LocalDateTime from, LocalDateTime to) {
        long minutes = 0;
        LocalDate cachedDate = null;
        boolean working = false;
        for (LocalDateTime m = from; m.isBefore(to); m = m.plusMinutes(1)) {
            if (!m.toLocalDate().equals(cachedDate)) {
                cachedDate = m.toLocalDate();
                working = calendar.isWorkingDay(cachedDate);
            }
            LocalTime time = m.toLocalTime();
            boolean open = !time.isBefore(LocalTime.of(7, 30)) && time.isBefore(LocalTime.of(11, 30))
                    || !time.isBefore(LocalTime.of(13, 30)) && time.isBefore(LocalTime.of(17, 30));
            if (working && open) {
                minutes++;
            }
        }
        return Duration.ofMinutes(minutes);
    }
}
