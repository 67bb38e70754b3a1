package vn.motcua.dossier;

import java.time.LocalDateTime;

/**
 * Whether a dossier (or one of its steps) is early, on time or late (CALENDAR.md): a finished one
 * is compared with its due instant by date, as the national reports do; an open one is within
 * time until its due instant passes.
 */
public enum Timeliness {
    EARLY("Trước hạn"),
    ON_TIME("Đúng hạn"),
    LATE("Quá hạn"),
    WITHIN_TIME("Trong hạn"),
    OVERDUE("Quá hạn");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Finished at {@code finished} against {@code due}; null when there is no due instant. */
    public static Timeliness finished(LocalDateTime due, LocalDateTime finished) {
        if (due == null || finished == null) {
            return null;
        }
        int c = finished.toLocalDate().compareTo(due.toLocalDate());
        return c < 0 ? EARLY : c == 0 ? ON_TIME : LATE;
    }

    /** Still open at {@code at}; null when there is no due instant (not yet accepted). */
    public static Timeliness open(LocalDateTime due, LocalDateTime at) {
        if (due == null) {
            return null;
        }
        return at.isAfter(due) ? OVERDUE : WITHIN_TIME;
    }
}
