package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The opening hours of a province's offices on a working day: a morning and an afternoon session
 * (default 07:30–11:30 and 13:30–17:30, 8 hours), and the same-day cut-off (15:00).
 */
public record OfficeHours(LocalTime morningStart, LocalTime morningEnd,
                          LocalTime afternoonStart, LocalTime afternoonEnd,
                          LocalTime sameDayCutoff) {

    public static final OfficeHours DEFAULT = new OfficeHours(
            LocalTime.of(7, 30), LocalTime.of(11, 30),
            LocalTime.of(13, 30), LocalTime.of(17, 30),
            LocalTime.of(15, 0));

    public OfficeHours {
        Objects.requireNonNull(morningStart, "morningStart");
        Objects.requireNonNull(morningEnd, "morningEnd");
        Objects.requireNonNull(afternoonStart, "afternoonStart");
        Objects.requireNonNull(afternoonEnd, "afternoonEnd");
        Objects.requireNonNull(sameDayCutoff, "sameDayCutoff");
        if (!(morningStart.isBefore(morningEnd) && !morningEnd.isAfter(afternoonStart)
                && afternoonStart.isBefore(afternoonEnd))) {
            throw new IllegalArgumentException("office sessions must be ordered: " + morningStart + "–"
                    + morningEnd + ", " + afternoonStart + "–" + afternoonEnd);
        }
    }

    /** Working time in one full office day. */
    public Duration perDay() {
        return Duration.between(morningStart, morningEnd).plus(Duration.between(afternoonStart, afternoonEnd));
    }

    /** Whether the department is open at {@code time}: in the morning or the afternoon session, ends included. */
    public boolean isOpenAt(LocalTime time) {
        return !time.isBefore(morningStart) && !time.isAfter(morningEnd)
                || !time.isBefore(afternoonStart) && !time.isAfter(afternoonEnd);
    }

    public LocalTime opening() {
        return morningStart;
    }

    public LocalTime closing() {
        return afternoonEnd;
    }
}
