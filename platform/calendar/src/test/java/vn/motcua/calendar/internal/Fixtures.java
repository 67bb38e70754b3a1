package vn.motcua.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.calendar.CalendarEntry;
import vn.motcua.calendar.OfficeHours;

/** Shared test data: the shipped notice table and short date helpers. */
final class Fixtures {

    private static final List<CalendarEntry> SHIPPED = load();

    private Fixtures() {
    }

    static List<CalendarEntry> shippedEntries() {
        return SHIPPED;
    }

    /** The calendar as shipped: the notice table 2018–2026, default office hours. */
    static VietnameseWorkingCalendar shipped() {
        return new VietnameseWorkingCalendar(SHIPPED, OfficeHours.DEFAULT);
    }

    /** The rules alone, no notice at all: what the calendar computes for a year without a notice. */
    static VietnameseWorkingCalendar rulesOnly() {
        return new VietnameseWorkingCalendar(List.of(), OfficeHours.DEFAULT);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    private static List<CalendarEntry> load() {
        try (InputStream in = Fixtures.class.getResourceAsStream(WorkingCalendarComponent.SHIPPED_TABLE)) {
            return CalendarEntries.parse(in, WorkingCalendarComponent.SHIPPED_TABLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
