package vn.motcua.shell.internal;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.ValidationException;

/** How the commands write what they print. */
final class Format {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Format() {
    }

    /**
     * The shell's error line for a refused request: what was refused and each problem's own text
     * (the exception's message only counts them; the REST answer lists them apart).
     */
    static IllegalArgumentException refused(String what, ValidationException e) {
        return new IllegalArgumentException(what + ": " + e.problems().stream()
                .map(p -> p.message() != null ? p.message() : p.code()).collect(Collectors.joining(" ")));
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
