package vn.motcua.calendar.internal;

import java.time.LocalDate;

import vn.motcua.calendar.LunarDate;

/**
 * One Gregorian year of the calendar, computed once: per day (index = day of year - 1) whether it
 * is worked, why not, whether that is provisional, and a running count of working days so that
 * spans of months are measured without walking them day by day. Immutable once built, except the
 * lunar dates, which are filled in on first use.
 */
final class YearTable {

    final int year;
    final int length;
    private final boolean[] working;
    private final String[] reasons;
    private final boolean[] provisional;
    /** workingBefore[i] = number of working days among indexes 0..i-1; workingBefore[length] = year total. */
    private final int[] workingBefore;
    private final LocalDate tet;
    /** Only the display needs lunar dates; computed lazily, a benign race at worst computes it twice. */
    private volatile LunarDate[] lunar;

    YearTable(int year, boolean[] working, String[] reasons, boolean[] provisional, LocalDate tet) {
        this.year = year;
        this.length = working.length;
        this.working = working;
        this.reasons = reasons;
        this.provisional = provisional;
        this.tet = tet;
        this.workingBefore = new int[length + 1];
        for (int i = 0; i < length; i++) {
            workingBefore[i + 1] = workingBefore[i] + (working[i] ? 1 : 0);
        }
    }

    boolean working(int index) {
        return working[index];
    }

    String reason(int index) {
        return reasons[index];
    }

    boolean provisional(int index) {
        return provisional[index];
    }

    LocalDate date(int index) {
        return LocalDate.ofYearDay(year, index + 1);
    }

    /** Working days among the indexes {@code from} (included) to {@code to} (excluded). */
    int workingDays(int from, int to) {
        return workingBefore[to] - workingBefore[from];
    }

    LunarDate lunar(int index) {
        LunarDate[] days = lunar;
        if (days == null) {
            days = VietnameseLunar.daysOf(year, tet);
            lunar = days;
        }
        return days[index];
    }
}
