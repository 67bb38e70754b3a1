package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.procedure.ProcessStep;

/**
 * Where a dossier is in its procedure's process, and its clock.
 *
 * @param steps the process the dossier follows (copied at receipt)
 * @param stepIndex the current step (0 = the one-stop's reception), while in process
 * @param stepStartedAt when the current step began
 * @param stepDueAt when the current step is due (its share of the legal time)
 * @param assignee the official the dossier is assigned to, if any
 * @param clockRunning false while the dossier waits for the applicant or is stopped
 * @param budgetSeconds the legal time limit in office seconds (the clock counts office time only)
 * @param consumedSeconds office seconds used until the last pause
 * @param appointmentAt the new appointment given with an apology (the dossier still counts as late)
 * @param finishedAt when the result was ready (or the dossier withdrawn or refused)
 * @param returnedAt when the result was handed over
 * @param collectedBy who collected the result
 * @param result what the result is
 * @param transferAgencyCode while transferred: the agency that has the dossier
 * @param transferDueAt while transferred: when that agency's part is due
 * @param handedOverAt when the one-stop handed the dossier over to its processing unit
 * @param registerEntry the result's entry in its register (sổ), as printed, e.g. "Số 25, quyển số
 *     01/2026-SCT/BS"; null until approval or when the procedure keeps no register
 * @param supplementRequestsLeft how many more times the unit that has the dossier may ask the
 *     applicant for a supplement (Decree 61/2018: once per unit, unless the procedure says otherwise)
 * @param receptionNumber the dossier's number in the tracking book (số tiếp nhận, "yyMMdd-NNNN": the
 *     day of reception and its place among that day's receptions), taken when it was received; null
 *     for an online submission not yet accepted, and for dossiers received before dossier API 1.5
 */
public record Progress(List<ProcessStep> steps, int stepIndex, LocalDateTime stepStartedAt,
                       LocalDateTime stepDueAt, String assignee, boolean clockRunning, long budgetSeconds,
                       long consumedSeconds, LocalDateTime appointmentAt, LocalDateTime finishedAt,
                       LocalDateTime returnedAt, String collectedBy, String result, String transferAgencyCode,
                       LocalDateTime transferDueAt, LocalDateTime handedOverAt, String registerEntry,
                       int supplementRequestsLeft, String receptionNumber) {

    public Progress {
        steps = List.copyOf(steps);
    }

    /**
     * The progress as dossier API 1.4 knew it: one supplement request left, the legal default, and no
     * reception number.
     */
    public Progress(List<ProcessStep> steps, int stepIndex, LocalDateTime stepStartedAt, LocalDateTime stepDueAt,
                    String assignee, boolean clockRunning, long budgetSeconds, long consumedSeconds,
                    LocalDateTime appointmentAt, LocalDateTime finishedAt, LocalDateTime returnedAt,
                    String collectedBy, String result, String transferAgencyCode, LocalDateTime transferDueAt,
                    LocalDateTime handedOverAt, String registerEntry) {
        this(steps, stepIndex, stepStartedAt, stepDueAt, assignee, clockRunning, budgetSeconds, consumedSeconds,
                appointmentAt, finishedAt, returnedAt, collectedBy, result, transferAgencyCode, transferDueAt,
                handedOverAt, registerEntry, 1, null);
    }

    /** The current step, or null before acceptance and after the result. */
    public ProcessStep step() {
        return stepIndex >= 0 && stepIndex < steps.size() ? steps.get(stepIndex) : null;
    }
}
