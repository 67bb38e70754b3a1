package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The working-day calendar of one province. Thread-safe; every method is cheap after the first
 * call for a year (the year's days are computed once and cached).
 */
@ProviderType
public interface WorkingCalendar {

    /** The day, with whether it is worked and why not. */
    DayInfo day(LocalDate date);

    /** The days from {@code from} to {@code to}, both included. */
    List<DayInfo> days(LocalDate from, LocalDate to);

    boolean isWorkingDay(LocalDate date);

    /** The next working day strictly after {@code date}. */
    LocalDate nextWorkingDay(LocalDate date);

    OfficeHours officeHours();

    /** The due instant of a time limit for a dossier received at {@code receivedAt}. */
    Deadline due(LocalDateTime receivedAt, TimeLimit limit);

    /**
     * Office time between two instants: only the open hours of working days count. Zero when
     * {@code to} is not after {@code from}.
     */
    Duration workingTimeBetween(LocalDateTime from, LocalDateTime to);

    /**
     * The instant at which {@code amount} of office time has elapsed after {@code from}. A result
     * that falls exactly on the end of a session stays there (17:30, not the next opening).
     */
    LocalDateTime addWorkingTime(LocalDateTime from, Duration amount);

    /** The entries of the notice table in force (shipped, plus the administrator's additions). */
    List<CalendarEntry> entries();
}
