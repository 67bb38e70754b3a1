package vn.motcua.calendar;

import java.time.LocalDate;

/**
 * One day of the calendar.
 *
 * @param date the solar date
 * @param working whether the offices work that day
 * @param reason why the day is special, in Vietnamese ("Tết Nguyên đán", "Thứ Bảy", "Làm bù"…);
 *     null on an ordinary working day
 * @param provisional true when the day follows the default rule for a year that has no notice yet
 *     ("dự kiến"), so it may still change
 * @param lunar the Vietnamese lunar date of that day
 */
public record DayInfo(LocalDate date, boolean working, String reason, boolean provisional, LunarDate lunar) {
}
