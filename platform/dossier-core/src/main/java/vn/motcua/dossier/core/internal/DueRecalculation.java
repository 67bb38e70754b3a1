package vn.motcua.dossier.core.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.procedure.ProcessStep;

/** What a dossier's due instants become under the working calendar in force (see {@link CalendarChangeWatch}). */
final class DueRecalculation {

    private final WorkingCalendar calendar;
    private final DossierClock clock;

    DueRecalculation(WorkingCalendar calendar) {
        this.calendar = calendar;
        this.clock = new DossierClock(calendar);
    }

    /**
     * The clock of {@code d} under the calendar in force (a copy holding the count's start, the
     * budget and the due instants), or null when nothing moves: its clock stopped, its due instant
     * passed, the new one would be past already, or it is the same.
     */
    DossierEntity recalculated(DossierEntity d, List<ProcessStep> steps, LocalDateTime now) {
        if (d.getRunningSince() == null || d.getFinishedAt() != null || d.getDueAt() == null
                || !d.getDueAt().isAfter(now) || d.getReceivedAt() == null) {
            return null;
        }
        DossierEntity c = new DossierEntity();
        c.setCountFrom(d.getCountFrom());
        c.setRunningSince(d.getRunningSince());
        c.setBudgetSeconds(d.getBudgetSeconds());
        c.setConsumedSeconds(d.getConsumedSeconds());
        c.setDueAt(d.getDueAt());
        c.setStepDueAt(d.getStepDueAt());
        c.setStepIndex(d.getStepIndex());
        boolean neverStopped = d.getConsumedSeconds() == 0 && d.getRunningSince().equals(d.getCountFrom());
        TimeLimitUnit unit = d.getTimeLimitUnit();
        if (neverStopped) {
            Deadline fresh = calendar.due(d.getReceivedAt(), new TimeLimit(d.getTimeLimitAmount(), unit));
            clock.start(c, fresh);
        } else if (unit == TimeLimitUnit.WORKING_DAYS || unit == TimeLimitUnit.WORKING_HOURS) {
            c.setDueAt(calendar.addWorkingTime(c.getRunningSince(),
                    Duration.ofSeconds(Math.max(0, c.getBudgetSeconds() - c.getConsumedSeconds()))));
        } else {
            return null;
        }
        if (!c.getDueAt().isAfter(now)) {
            return null;
        }
        if (d.getStepDueAt() != null && d.getStepDueAt().isAfter(now) && d.getStepIndex() < steps.size()) {
            LocalDateTime stepDue = clock.stepDue(c, steps, d.getStepIndex());
            c.setStepDueAt(stepDue.isAfter(now) ? stepDue : d.getStepDueAt());
        }
        boolean same = c.getDueAt().equals(d.getDueAt()) && Objects.equals(c.getStepDueAt(), d.getStepDueAt())
                && Objects.equals(c.getCountFrom(), d.getCountFrom());
        return same ? null : c;
    }

    /**
     * The receiving agency's deadline of a dossier transferred at {@code transferredAt} for
     * {@code workingDays}, under the calendar in force (as the transfer computed it); null when it
     * stays: unknown, passed, or the new one would be past.
     */
    LocalDateTime transferDue(LocalDateTime current, LocalDateTime transferredAt, Integer workingDays,
                              LocalDateTime now) {
        if (current == null || transferredAt == null || workingDays == null || !current.isAfter(now)) {
            return null;
        }
        LocalDateTime due = calendar.due(transferredAt, TimeLimit.workingDays(workingDays)).dueAt();
        return due.equals(current) || !due.isAfter(now) ? null : due;
    }
}
