package vn.motcua.calendar.internal;

import java.time.LocalDate;

import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.VietnameseCalendar;
import vn.motcua.calendar.LunarDate;

/**
 * The few lunar facts the calendar needs, from Time4J's {@link VietnameseCalendar} (UTC+7 since
 * 1968). Not the Chinese calendar: the two differ on Tết 2030 and Giỗ Tổ 2037, among others.
 */
final class VietnameseLunar {

    private VietnameseLunar() {
    }

    /** Mùng 1 tháng Giêng of the lunar year that starts in {@code gregorianYear}. */
    static LocalDate tet(int gregorianYear) {
        return toLocalDate(VietnameseCalendar.ofTet(gregorianYear));
    }

    /** Giỗ Tổ Hùng Vương, 10 tháng Ba of the lunar year that starts in {@code gregorianYear}. */
    static LocalDate hungKings(int gregorianYear) {
        return toLocalDate(VietnameseCalendar.of(
                EastAsianYear.forGregorian(gregorianYear), EastAsianMonth.valueOf(3), 10));
    }

    /**
     * The lunar date of every day of a Gregorian year, index = day of year - 1. Walks month by
     * month, so Time4J converts only about 13 dates per year.
     *
     * @param tet mùng 1 tháng Giêng in that year: the days before it belong to the previous lunar year
     */
    static LunarDate[] daysOf(int year, LocalDate tet) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int length = first.lengthOfYear();
        int tetIndex = tet.getDayOfYear() - 1;
        LunarDate[] days = new LunarDate[length];
        int i = 0;
        while (i < length) {
            VietnameseCalendar lunar = PlainDate.from(first.plusDays(i)).transform(VietnameseCalendar.axis());
            EastAsianMonth month = lunar.getMonth();
            int monthLength = lunar.lengthOfMonth();
            for (int day = lunar.getDayOfMonth(); day <= monthLength && i < length; day++, i++) {
                int lunarYear = i < tetIndex ? year - 1 : year;
                days[i] = new LunarDate(day, month.getNumber(), month.isLeap(), lunarYear);
            }
        }
        return days;
    }

    private static LocalDate toLocalDate(VietnameseCalendar date) {
        return date.transform(PlainDate.axis()).toTemporalAccessor();
    }
}
