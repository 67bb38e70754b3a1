package vn.motcua.calendar.internal;

/**
 * The Vietnamese reasons the calendar gives for a day off, in one place (STYLE.md §12). The notice
 * table uses the same wording, and some rules recognise a notice by these prefixes.
 */
final class Reasons {

    static final String SATURDAY = "Thứ Bảy";
    static final String SUNDAY = "Chủ nhật";

    static final String NEW_YEAR = "Tết Dương lịch";
    static final String VICTORY_DAY = "Ngày Chiến thắng";
    static final String LABOUR_DAY = "Ngày Quốc tế Lao động";
    static final String NATIONAL_DAY = "Quốc khánh";
    static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
    static final String LUNAR_NEW_YEAR = "Tết Nguyên đán";

    /** Marks a compensation day (Labour Code art. 111(3)), e.g. "Quốc khánh (nghỉ bù)". */
    static final String COMPENSATION_MARK = "nghỉ bù";

    private Reasons() {
    }

    static String compensation(String holiday) {
        return holiday + " (" + COMPENSATION_MARK + ")";
    }
}
