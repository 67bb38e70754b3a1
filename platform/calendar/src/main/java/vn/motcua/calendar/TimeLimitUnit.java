package vn.motcua.calendar;

/** How a legal time limit is counted (CALENDAR.md, "How a due date is computed"). */
public enum TimeLimitUnit {
    /** "N ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ": counted from the day after receipt. */
    WORKING_DAYS,
    /** "Trong ngày; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo". The amount is ignored. */
    SAME_DAY,
    /** N office hours after the receipt instant, skipping closed hours and days off. */
    WORKING_HOURS,
    /** "N ngày": calendar days; a due day that is a day off moves to the next working day. */
    CALENDAR_DAYS
}
