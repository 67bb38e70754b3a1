package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the notice table: a weekday off or a weekend day worked, with the notice that
 * announced it (e.g. "TB 6150/TB-BLĐTBXH"), or a province's own day.
 */
public record CalendarEntry(LocalDate date, Kind kind, String reason, String source) {

    /** OFF: the offices are closed that day; WORK: a make-up working day (làm bù). */
    public enum Kind { OFF, WORK }

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        source = source == null || source.isBlank() ? null : source;
    }
}
