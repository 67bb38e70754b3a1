package vn.motcua.dossier.core.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.procedure.ProcessStep;

/**
 * The clock of a dossier (CALENDAR.md): a budget of office time fixed at reception, the office time
 * used until the last pause, and since when it runs again. The due instant is never shifted by
 * hand: on every resumption it is recomputed from the remaining budget, so however many times the
 * applicant is asked for documents, only the office time actually spent by the agencies counts.
 * Each process step ends when its cumulative share of the budget is used.
 */
final class DossierClock {

    private final WorkingCalendar calendar;

    DossierClock(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Starts the clock at reception, from the deadline the calendar computed. */
    void start(DossierEntity d, Deadline deadline) {
        d.setCountFrom(deadline.countFrom());
        d.setDueAt(deadline.dueAt());
        d.setBudgetSeconds(seconds(deadline.countFrom(), deadline.dueAt()));
        d.setConsumedSeconds(0);
        d.setRunningSince(deadline.countFrom());
    }

    /** Stops the clock (waiting for the applicant, or stopped): what ran so far is booked. */
    void pause(DossierEntity d, LocalDateTime at) {
        if (d.getRunningSince() == null) {
            return;
        }
        d.setConsumedSeconds(d.getConsumedSeconds() + seconds(d.getRunningSince(), at));
        d.setRunningSince(null);
    }

    /**
     * Starts the clock again: the due instant, and the current step's, become what remains of their
     * budget from now (or from when the count was to start, if that is later). A deadline already
     * passed before the pause stays where it was: a late dossier does not become on time by waiting.
     */
    void resume(DossierEntity d, List<ProcessStep> steps, LocalDateTime resumedAt) {
        if (d.getRunningSince() != null || d.getCountFrom() == null) {
            return; // running, or never started: an online dossier supplemented before its acceptance
        }
        // paused before the count even started (e.g. received on a Saturday): it starts as planned
        LocalDateTime at = d.getCountFrom() != null && resumedAt.isBefore(d.getCountFrom()) ? d.getCountFrom()
                : resumedAt;
        long remaining = d.getBudgetSeconds() - d.getConsumedSeconds();
        if (remaining > 0) {
            d.setDueAt(calendar.addWorkingTime(at, Duration.ofSeconds(remaining)));
        }
        long stepRemaining = stepTarget(d, steps, d.getStepIndex()) - d.getConsumedSeconds();
        if (d.getStepDueAt() != null && stepRemaining > 0) {
            d.setStepDueAt(calendar.addWorkingTime(at, Duration.ofSeconds(stepRemaining)));
        }
        d.setRunningSince(at);
    }

    /** Office seconds used so far, including the running stretch up to {@code at}. */
    long consumed(DossierEntity d, LocalDateTime at) {
        return d.getConsumedSeconds() + (d.getRunningSince() == null ? 0 : seconds(d.getRunningSince(), at));
    }

    /**
     * When the given step is due: when the clock will have used the step's cumulative share of the
     * budget. For a step whose share was already used up before the clock last resumed, that
     * resumption (the step starts late).
     */
    LocalDateTime stepDue(DossierEntity d, List<ProcessStep> steps, int stepIndex) {
        long toGo = Math.max(0, stepTarget(d, steps, stepIndex) - d.getConsumedSeconds());
        LocalDateTime from = d.getRunningSince() != null ? d.getRunningSince() : d.getCountFrom();
        return calendar.addWorkingTime(from, Duration.ofSeconds(toGo));
    }

    /** The office seconds by which the step must be done: its cumulative share of the budget. */
    static long stepTarget(DossierEntity d, List<ProcessStep> steps, int stepIndex) {
        int cumulative = 0;
        for (int i = 0; i <= stepIndex && i < steps.size(); i++) {
            cumulative += steps.get(i).sharePercent();
        }
        return cumulative >= 100 ? d.getBudgetSeconds() : d.getBudgetSeconds() * cumulative / 100;
    }

    private long seconds(LocalDateTime from, LocalDateTime to) {
        return to.isAfter(from) ? calendar.workingTimeBetween(from, to).getSeconds() : 0;
    }
}
