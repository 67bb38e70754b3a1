package vn.motcua.shell.internal;

import java.time.format.DateTimeFormatter;

import vn.motcua.calendar.TimeLimit;

/** How the commands write what they print. */
final class Format {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Format() {
    }

    static String timeLimit(TimeLimit t) {
        return switch (t.unit()) {
            case SAME_DAY -> "trong ngày";
            case WORKING_DAYS -> t.amount() + " ngày làm việc";
            case WORKING_HOURS -> t.amount() + " giờ làm việc";
            case CALENDAR_DAYS -> t.amount() + " ngày";
        };
    }
}
