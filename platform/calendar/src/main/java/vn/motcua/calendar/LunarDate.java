package vn.motcua.calendar;

/**
 * A date of the Vietnamese lunisolar calendar (UTC+7 since 1968), e.g. mùng 1 tháng Giêng.
 *
 * @param day the day of the lunar month, 1 to 30
 * @param month the lunar month, 1 (tháng Giêng) to 12 (tháng Chạp)
 * @param leap whether the month is the leap (nhuận) repetition of {@code month}
 * @param year the Gregorian year in which this lunar year starts: mùng 1 tháng Giêng of 2030 is in
 *     2030 (2/2/2030), while 29 tháng Chạp the day before belongs to 2029
 */
public record LunarDate(int day, int month, boolean leap, int year) {
}
