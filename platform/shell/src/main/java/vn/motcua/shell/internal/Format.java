package vn.motcua.shell.internal;

import java.time.format.DateTimeFormatter;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.Action;

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

    /**
     * An audit entry's action as the journal shows it: the transition's Vietnamese name, or that of
     * the entries that are not transitions (reception, online submission, an uploaded file).
     */
    /** What the applicant did online, said from the applicant's side ("Nhận hồ sơ bổ sung" is the clerk's). */
    static String citizenAction(String action) {
        return switch (action) {
            case "SUPPLEMENT" -> "Người nộp bổ sung trực tuyến";
            case "WITHDRAW" -> "Người nộp rút hồ sơ trực tuyến";
            default -> action(action);
        };
    }

    static String action(String action) {
        return switch (action) {
            case "RECEIVE" -> "Tiếp nhận";
            case "SUBMIT" -> "Nộp trực tuyến";
            case "ATTACH_FILE" -> "Tải lên bản số hóa";
            case "RECALCULATE_DUE" -> "Tính lại hạn theo lịch làm việc";
            default -> {
                try {
                    String label = Action.valueOf(action).label();
                    yield Character.toUpperCase(label.charAt(0)) + label.substring(1);
                } catch (IllegalArgumentException e) {
                    yield action;
                }
            }
        };
    }
}
