package vn.motcua.dossier.core.internal;

import static vn.motcua.dossier.core.internal.CoreMessages.problem;
import static vn.motcua.dossier.core.internal.CoreMessages.text;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Action;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ForbiddenException;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.TransitionRequest;
import vn.motcua.dossier.TransitionRequest.RequestedDocument;
import vn.motcua.dossier.ValidationException;
import vn.motcua.dossier.core.internal.persistence.AuditEntryEntity;
import vn.motcua.dossier.core.internal.persistence.DocumentRow;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.procedure.Fee;
import vn.motcua.procedure.Problem;
import vn.motcua.procedure.ProcessStep;
import vn.motcua.procedure.Submission.SubmittedDocument;

/**
 * The one-stop lifecycle as one explicit state machine: for each action, the states it starts
 * from, who may take it (role, agency, current step, assignee), what it needs, and what it
 * changes, the clock included. Pure: no I/O; the caller loads and stores the dossier.
 */
final class Lifecycle {

    /** The states each action may start from. */
    static final Map<Action, Set<DossierStatus>> FROM = Map.ofEntries(
            Map.entry(Action.ACCEPT, EnumSet.of(DossierStatus.SUBMITTED)),
            // from SUPPLEMENT_REQUESTED only while not yet accepted (see validate): the applicant never answered
            Map.entry(Action.REFUSE, EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.SUPPLEMENT_REQUESTED)),
            Map.entry(Action.HAND_OVER, EnumSet.of(DossierStatus.RECEIVED)),
            Map.entry(Action.PROPOSE, EnumSet.of(DossierStatus.IN_PROCESS)),
            Map.entry(Action.APPROVE, EnumSet.of(DossierStatus.IN_PROCESS)),
            Map.entry(Action.SEND_BACK, EnumSet.of(DossierStatus.IN_PROCESS)),
            // from SUBMITTED: the reception's "hướng dẫn bổ sung" of an online dossier, before it is accepted
            Map.entry(Action.REQUEST_SUPPLEMENT, EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.RECEIVED,
                    DossierStatus.IN_PROCESS)),
            Map.entry(Action.SUPPLEMENT, EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED)),
            Map.entry(Action.REQUEST_FEE, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROCESS)),
            Map.entry(Action.FEE_PAID, EnumSet.of(DossierStatus.FEE_REQUESTED)),
            Map.entry(Action.STOP, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROCESS)),
            Map.entry(Action.RESUME, EnumSet.of(DossierStatus.STOPPED)),
            Map.entry(Action.WITHDRAW, EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.RECEIVED,
                    DossierStatus.IN_PROCESS, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FEE_REQUESTED,
                    DossierStatus.STOPPED)),
            Map.entry(Action.APOLOGIZE, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROCESS,
                    DossierStatus.TRANSFERRED)),
            Map.entry(Action.TRANSFER, EnumSet.of(DossierStatus.IN_PROCESS)),
            Map.entry(Action.TRANSFER_BACK, EnumSet.of(DossierStatus.TRANSFERRED)),
            Map.entry(Action.RETURN_RESULT, EnumSet.of(DossierStatus.RESULT_READY)),
            Map.entry(Action.RESOLVE_ON_SPOT, EnumSet.of(DossierStatus.RECEIVED)));

    /**
     * What the lifecycle needs from outside: the calendar, agencies, accounts, and the names of a
     * procedure's documents (procedure code, document code → name, or null when unknown).
     */
    /** @param agencyActive whether an agency exists on a day (not merged away or abolished by then) */
    record Context(WorkingCalendar calendar, BiPredicate<String, java.time.LocalDate> agencyActive,
                   Function<String, Actor> userByName, BiFunction<String, String, String> documentName,
                   java.util.function.Predicate<String> procedureInstalled) {

        /** A context whose procedures are all installed. */
        Context(WorkingCalendar calendar, BiPredicate<String, java.time.LocalDate> agencyActive,
                Function<String, Actor> userByName, BiFunction<String, String, String> documentName) {
            this(calendar, agencyActive, userByName, documentName, code -> true);
        }
    }

    private final Context context;
    private final DossierClock clock;

    Lifecycle(Context context) {
        this.context = context;
        this.clock = new DossierClock(context.calendar());
    }

    DossierClock clock() {
        return clock;
    }

    /** The state-machine answer for a dossier: may this action start from where it is? */
    static String refusal(Action action, DossierStatus status, int stepIndex, List<ProcessStep> steps) {
        String key = refusalKey(action, status, stepIndex, steps);
        if (key == null) {
            return null;
        }
        return key.equals("transition.invalid") ? text(key, action.label(), status.label())
                : text(key, steps.get(stepIndex).name());
    }

    /**
     * Why the state rules an action out, as a message key (null: it does not). Apart from the
     * message, so that listing the allowed actions of every answer formats no message it drops.
     */
    private static String refusalKey(Action action, DossierStatus status, int stepIndex, List<ProcessStep> steps) {
        if (!FROM.get(action).contains(status)) {
            return "transition.invalid";
        }
        if (status == DossierStatus.IN_PROCESS) {
            boolean last = stepIndex == steps.size() - 1;
            if (action == Action.PROPOSE && last) {
                return "transition.lastStep";
            }
            if (action == Action.APPROVE && !last) {
                return "transition.notLastStep";
            }
            if (action == Action.SEND_BACK && stepIndex < 2) {
                return "transition.firstStep";
            }
        }
        return null;
    }

    /**
     * The actions the actor may take now: the state allows them ({@link #refusal}), the actor's
     * role, agency, step and assignee too ({@link #authorize}), and the dossier itself does not rule
     * them out (a same-day procedure for a resolution on the spot, an apology only once received).
     * What the action needs from the caller (a note, a result) is checked when taken.
     */
    static List<Action> allowed(DossierEntity d, List<ProcessStep> steps, Actor actor, LocalDateTime at) {
        return allowed(State.of(d), steps, actor, at);
    }

    /** The same, from the dossier as the service has just returned it (no read of the store). */
    static List<Action> allowed(vn.motcua.dossier.Dossier d, Actor actor, LocalDateTime at) {
        return allowed(State.of(d), d.progress().steps(), actor, at);
    }

    private static List<Action> allowed(State d, List<ProcessStep> steps, Actor actor, LocalDateTime at) {
        List<Action> allowed = new ArrayList<>();
        for (Action action : Action.values()) {
            if (refusalKey(action, d.status(), d.stepIndex(), steps) != null) {
                continue;
            }
            if (action == Action.RESOLVE_ON_SPOT && d.timeLimitUnit() != TimeLimitUnit.SAME_DAY) {
                continue;
            }
            if (action == Action.APOLOGIZE && d.promisedAt() == null) {
                continue;
            }
            if (action == Action.REQUEST_SUPPLEMENT && d.supplementRequestsLeft() <= 0) {
                continue;
            }
            if (action == Action.REFUSE && d.received()) {
                continue;
            }
            if (authorize(d, steps, action, actor, false) != null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * Applies an action to a dossier whose state allows it (see {@link #refusal}).
     *
     * @return the audit entries it makes (several for a resolution on the spot), numbered on
     */
    List<AuditEntryEntity> apply(DossierEntity d, List<ProcessStep> steps, TransitionRequest r, Actor actor,
                                 LocalDateTime at) {
        return apply(d, steps, r, actor, at, Map.of());
    }

    /**
     * Applies an action; a SUPPLEMENT may also hand in {@code requested}, the codes the open supplement
     * request asked for with the names it gave them (a paper the procedure does not list, "giấy tờ
     * khác", or any while the procedure's bundle is not installed).
     */
    List<AuditEntryEntity> apply(DossierEntity d, List<ProcessStep> steps, TransitionRequest r, Actor actor,
                                 LocalDateTime at, Map<String, String> requested) {
        Action action = r.action();
        Role role = authorize(d, steps, action, actor);
        validate(d, r, at, requested);
        DossierStatus from = d.getStatus();
        // once the result is ready no process step is running (accepting an online dossier is the reception step)
        boolean inProcess = from != DossierStatus.RESULT_READY && !from.isFinal();
        ProcessStep step = inProcess && d.getStepIndex() < steps.size() ? steps.get(d.getStepIndex()) : null;
        LocalDateTime stepDue = inProcess ? d.getStepDueAt() : null;
        Map<String, Object> details = new LinkedHashMap<>();
        List<AuditEntryEntity> entries = new ArrayList<>();

        switch (action) {
            case ACCEPT -> {
                d.setReceivedAt(at);
                d.setReceivedBy(actor.userName());
                d.setReceivedByName(actor.displayName());
                Deadline deadline = context.calendar().due(at,
                        new vn.motcua.calendar.TimeLimit(d.getTimeLimitAmount(), d.getTimeLimitUnit()));
                clock.start(d, deadline);
                startStep(d, steps, 0, at);
                d.setStatus(DossierStatus.RECEIVED);
                stepDue = d.getStepDueAt();
            }
            case REFUSE -> {
                d.setStatus(DossierStatus.REFUSED);
                d.setFinishedAt(at);
                d.setResumeStatus(null);
            }
            case HAND_OVER -> {
                if (r.assignee() != null && !r.assignee().isBlank()) {
                    d.setAssignee(r.assignee().strip());
                    details.put("assignee", d.getAssignee());
                }
                startStep(d, steps, 1, at);
                d.setStatus(DossierStatus.IN_PROCESS);
                d.setHandedOverAt(at);
            }
            case PROPOSE -> startStep(d, steps, d.getStepIndex() + 1, at);
            case SEND_BACK -> startStep(d, steps, d.getStepIndex() - 1, at);
            case APPROVE -> {
                finish(d, at);
                d.setResultText(r.result().strip());
                details.put("result", d.getResultText());
            }
            case REQUEST_SUPPLEMENT -> {
                List<Map<String, String>> docs = new ArrayList<>();
                for (RequestedDocument doc : r.requestedDocuments()) {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("code", doc.code());
                    m.put("name", doc.name() != null ? doc.name() : documentName(d, doc.code()));

                    m.put("reason", doc.reason());
                    docs.add(m);
                }
                details.put("requestedDocuments", docs);
                details.put("agency", d.getAgencyCode());
                if (from == DossierStatus.SUBMITTED) {
                    details.put("beforeReception", true);
                }
                countSupplement(d, supplementKey(d));
                pause(d, DossierStatus.SUPPLEMENT_REQUESTED, at);
            }
            case REQUEST_FEE -> {
                details.put("amount", r.amount());
                pause(d, DossierStatus.FEE_REQUESTED, at);
            }
            case STOP -> pause(d, DossierStatus.STOPPED, at);
            case SUPPLEMENT -> {
                List<Map<String, Object>> supplied = new ArrayList<>();
                for (SubmittedDocument s : r.documents()) {
                    supply(d, s, requested.get(s.code()));
                    supplied.add(Map.of("code", s.code(), "originals", s.originals(), "certifiedCopies",
                            s.certifiedCopies(), "copies", s.copies(), "pages", s.pages()));
                }
                details.put("documents", supplied);
                resume(d, steps, at);
                // judged against the step's time as the pause moved it: the applicant's days are not the officials'
                stepDue = d.getStepDueAt();
            }
            case FEE_PAID, RESUME -> {
                resume(d, steps, at);
                stepDue = d.getStepDueAt();
            }
            case WITHDRAW -> {
                clock.pause(d, at);
                d.setStatus(DossierStatus.WITHDRAWN);
                d.setFinishedAt(at);
                d.setResumeStatus(null);
            }
            case APOLOGIZE -> {
                // the date this letter breaks: the due date, or the appointment of an earlier letter
                details.put("previousDueAt", promised(d.getDueAt(), d.getAppointmentAt()).toString());
                details.put("appointment", r.appointment().toString());
                d.setAppointmentAt(r.appointment());
            }
            case TRANSFER -> {
                // "N ngày làm việc" as the calendar counts a procedure's: from the day after, to the
                // end of office hours of the Nth working day
                LocalDateTime transferDue = transferDue(at, r.workingDays());
                d.setTransferAgency(r.toAgency().strip());
                d.setTransferDueAt(transferDue);
                d.setStatus(DossierStatus.TRANSFERRED);
                details.put("toAgency", d.getTransferAgency());
                details.put("workingDays", r.workingDays());
                details.put("transferDueAt", transferDue.toString());
                stepDue = transferDue;
            }
            case TRANSFER_BACK -> {
                details.put("fromAgency", d.getTransferAgency());
                stepDue = d.getTransferDueAt();
                d.setTransferAgency(null);
                d.setTransferDueAt(null);
                d.setStatus(DossierStatus.IN_PROCESS);
            }
            case RETURN_RESULT -> {
                d.setStatus(DossierStatus.RETURNED);
                d.setReturnedAt(at);
                d.setCollectedBy(r.collectedBy().strip());
                details.put("collectedBy", d.getCollectedBy());
            }
            case RESOLVE_ON_SPOT -> {
                return resolveOnSpot(d, steps, r, actor, at);
            }
        }
        entries.add(entry(d, actor, role, action, from, step == null ? null : step.code(), r.note(), stepDue,
                details, at));
        return entries;
    }

    /** "4 tại chỗ": one official receives, appraises, approves and returns in one sitting. */
    private List<AuditEntryEntity> resolveOnSpot(DossierEntity d, List<ProcessStep> steps, TransitionRequest r,
                                                 Actor actor, LocalDateTime at) {
        List<AuditEntryEntity> entries = new ArrayList<>();
        String note = r.note() != null ? r.note() : "Giải quyết tại chỗ";
        for (int i = 0; i < steps.size(); i++) {
            ProcessStep step = steps.get(i);
            DossierStatus from = d.getStatus();
            LocalDateTime stepDue = d.getStepDueAt();
            Action done = i == 0 ? Action.HAND_OVER : i == steps.size() - 1 ? Action.APPROVE : Action.PROPOSE;
            Map<String, Object> details = new LinkedHashMap<>();
            if (i < steps.size() - 1) {
                startStep(d, steps, i + 1, at);
                d.setStatus(DossierStatus.IN_PROCESS);
                if (i == 0) {
                    d.setHandedOverAt(at);
                }
            } else {
                finish(d, at);
                d.setResultText(r.result().strip());
                details.put("result", d.getResultText());
            }
            entries.add(entry(d, actor, Role.valueOf(step.role().name()), done, from, step.code(), note, stepDue,
                    details, at));
        }
        d.setStatus(DossierStatus.RETURNED);
        d.setReturnedAt(at);
        d.setCollectedBy(r.collectedBy().strip());
        entries.add(entry(d, actor, Role.RECEPTION_CLERK, Action.RETURN_RESULT, DossierStatus.RESULT_READY, null,
                note, null, Map.of("collectedBy", d.getCollectedBy()), at));
        return entries;
    }

    private void startStep(DossierEntity d, List<ProcessStep> steps, int index, LocalDateTime at) {
        d.setStepIndex(index);
        d.setStepRole(steps.get(index).role().name());
        d.setStepStartedAt(at);
        d.setStepDueAt(clock.stepDue(d, steps, index));
    }

    private void finish(DossierEntity d, LocalDateTime at) {
        d.setStatus(DossierStatus.RESULT_READY);
        d.setFinishedAt(at);
        clock.pause(d, at);
    }

    private void pause(DossierEntity d, DossierStatus pausedStatus, LocalDateTime at) {
        d.setResumeStatus(d.getStatus());
        d.setStatus(pausedStatus);
        clock.pause(d, at);
    }

    private void resume(DossierEntity d, List<ProcessStep> steps, LocalDateTime at) {
        d.setStatus(d.getResumeStatus());
        d.setResumeStatus(null);
        clock.resume(d, steps, at);
    }

    /**
     * A supplied document replaces the one with the same code, or joins the dossier. A quantity left
     * at 0 keeps the dossier's (the citizen hands in a clearer original; the copies to certify and
     * their pages, which the fee was counted on, stay as received).
     */
    private void supply(DossierEntity d, SubmittedDocument s, String requestedName) {
        List<DocumentRow> docs = d.getDocuments();
        String name = documentName(d, s.code());
        if (name.equals(s.code()) && requestedName != null && !requestedName.isBlank()) {
            name = requestedName; // "giấy tờ khác": as the request named it
        }
        for (int i = 0; i < docs.size(); i++) {
            DocumentRow had = docs.get(i);
            if (had.getCode().equals(s.code())) {
                docs.set(i, new DocumentRow(s.code(), name, keep(s.originals(), had.getOriginals()),
                        keep(s.certifiedCopies(), had.getCertifiedCopies()), keep(s.copies(), had.getCopies()),
                        keep(s.pages(), had.getPages())));
                return;
            }
        }
        docs.add(new DocumentRow(s.code(), name, s.originals(), s.certifiedCopies(), s.copies(), s.pages()));
    }

    private static int keep(int supplied, int had) {
        return supplied > 0 ? supplied : had;
    }

    /** Whether a code names one of the dossier's documents or one its procedure lists. */
    private boolean isDocumentOf(DossierEntity d, String code) {
        for (DocumentRow r : d.getDocuments()) {
            if (r.getCode().equals(code)) {
                return true;
            }
        }
        return context.documentName().apply(d.getProcedureCode(), code) != null;
    }

    /**
     * A document code that is neither the dossier's nor its procedure's; when the procedure's bundle is
     * not installed, that is what the problem says (its documents cannot be known until it is back).
     */
    private Problem unknownDocument(DossierEntity d, String field, String code) {
        String shown = code.length() > 60 ? code.substring(0, 60) + "…" : code;
        return context.procedureInstalled().test(d.getProcedureCode())
                ? problem("document.unknown", field, shown)
                : problem("document.procedureAway", field, d.getProcedureCode(), shown);
    }

    /** The name of a document: as the dossier has it, else as its procedure names it, else its code. */
    private String documentName(DossierEntity d, String code) {
        for (DocumentRow r : d.getDocuments()) {
            if (r.getCode().equals(code)) {
                return r.getName();
            }
        }
        String name = context.documentName().apply(d.getProcedureCode(), code);
        return name != null ? name : code;
    }

    /**
     * The count a supplement request is booked under: the unit that has the dossier, or, while the
     * reception has it (an online dossier not yet accepted, or one received and not yet handed over),
     * the reception (Decree 61/2018: the reception guides the applicant once, in full; the units that
     * appraise it later keep their own allowance).
     */
    static String supplementKey(DossierEntity d) {
        return supplementKey(d.getAgencyCode(), !atReception(d.getStatus(), d.getResumeStatus()));
    }

    /** Whether the dossier is still with the reception: submitted, or received and not yet handed over. */
    private static boolean atReception(DossierStatus status, DossierStatus resumeStatus) {
        DossierStatus s = status.isPaused() && resumeStatus != null ? resumeStatus : status;
        return s == DossierStatus.SUBMITTED || s == DossierStatus.RECEIVED;
    }

    private static String supplementKey(String agency, boolean withUnit) {
        return withUnit ? agency : agency + RECEPTION_SUPPLEMENTS;
    }

    /** How many more supplement requests the dossier's unit (or the reception, while it has it) may make. */
    static int supplementsLeft(DossierEntity d) {
        return Math.max(0, d.getSupplementLimit() - supplementsBy(d, supplementKey(d)));
    }

    private static final String RECEPTION_SUPPLEMENTS = "@tiep-nhan";

    static int supplementsBy(DossierEntity d, String agency) {
        if (d.getSupplements() == null) {
            return 0;
        }
        for (String pair : d.getSupplements().split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(agency)) {
                return Integer.parseInt(pair.substring(eq + 1));
            }
        }
        return 0;
    }

    private static void countSupplement(DossierEntity d, String agency) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (d.getSupplements() != null) {
            for (String pair : d.getSupplements().split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    counts.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
                }
            }
        }
        counts.merge(agency, 1, Integer::sum);
        StringBuilder b = new StringBuilder();
        counts.forEach((a, n) -> b.append(b.length() == 0 ? "" : ";").append(a).append('=').append(n));
        d.setSupplements(b.toString());
    }

    /**
     * Who may take the action: the role the current step (or the action) needs, in the agency
     * that has the dossier now, and the assignee where there is one. The system may do anything.
     *
     * @return the role the actor acts in
     */
    static Role authorize(DossierEntity d, List<ProcessStep> steps, Action action, Actor actor) {
        return authorize(State.of(d), steps, action, actor);
    }

    private static Role authorize(State d, List<ProcessStep> steps, Action action, Actor actor) {
        return authorize(d, steps, action, actor, true);
    }

    /**
     * The role the actor acts in; when the actor may not: a {@link ForbiddenException} saying why
     * ({@code explain}), or null (listing the allowed actions of an answer, where an exception with
     * its stack and message for every action ruled out was most of the cost of the list).
     */
    private static Role authorize(State d, List<ProcessStep> steps, Action action, Actor actor, boolean explain) {
        if (actor.hasRole(Role.SYSTEM)) {
            return Role.SYSTEM;
        }
        // while another agency holds the dossier it acts on it, except for the apology: the letter and its
        // new appointment come from the agency that received the dossier and returns the result
        String actingAgency = d.status() == DossierStatus.TRANSFERRED && action != Action.APOLOGIZE
                ? d.transferAgency() : d.agencyCode();
        Set<Role> allowed = switch (action) {
            case ACCEPT, REFUSE, RETURN_RESULT, FEE_PAID -> EnumSet.of(Role.RECEPTION_CLERK);
            case SUPPLEMENT, WITHDRAW -> EnumSet.of(Role.RECEPTION_CLERK, Role.CITIZEN);
            case STOP, RESUME, APOLOGIZE -> EnumSet.of(Role.LEADER);
            case TRANSFER_BACK -> EnumSet.of(Role.SPECIALIST, Role.LEADER);
            case RESOLVE_ON_SPOT -> EnumSet.of(Role.RECEPTION_CLERK);
            default -> EnumSet.of(Role.valueOf(steps.get(d.stepIndex()).role().name()));
        };
        Role acting = null;
        for (Role r : allowed) {
            if (actor.hasRole(r)) {
                acting = r;
                break;
            }
        }
        if (acting == null) {
            return denied(explain, () -> text("access.role", action.label(), labels(allowed)));
        }
        if (acting == Role.CITIZEN) {
            return acting; // the public endpoints check the applicant's code and identity number
        }
        // the receiving agency's leader may take back a dossier the other agency has not answered (one
        // with no official to answer it, one past its time)
        boolean recall = action == Action.TRANSFER_BACK && acting == Role.LEADER
                && d.agencyCode().equals(actor.agencyCode());
        if (!recall && !actingAgency.equals(actor.agencyCode())) {
            return denied(explain, () -> text("access.actingAgency", d.code(), actingAgency));
        }
        if (action == Action.RESOLVE_ON_SPOT) {
            for (ProcessStep s : steps) {
                if (!actor.hasRole(Role.valueOf(s.role().name()))) {
                    return denied(explain, () -> text("access.onSpot"));
                }
            }
        }
        boolean specialistStep = d.status() == DossierStatus.IN_PROCESS
                && steps.get(d.stepIndex()).role() == ProcessStep.Role.SPECIALIST;
        if (specialistStep && d.assignee() != null && acting == Role.SPECIALIST
                && !d.assignee().equals(actor.userName())) {
            return denied(explain, () -> text("access.assignee", d.assignee()));
        }
        return acting;
    }

    private static Role denied(boolean explain, java.util.function.Supplier<String> why) {
        if (explain) {
            throw new ForbiddenException(why.get());
        }
        return null;
    }

    /**
     * What the rules of {@link #allowed} and {@link #authorize} read of a dossier.
     *
     * @param promisedAt what the applicant was last promised: the due instant, or a later new appointment
     * @param supplementRequestsLeft how many more supplement requests the dossier's unit may make
     */
    private record State(String code, String agencyCode, String transferAgency, DossierStatus status, int stepIndex,
                         String assignee, TimeLimitUnit timeLimitUnit, LocalDateTime promisedAt,
                         int supplementRequestsLeft, boolean received) {

        static State of(DossierEntity d) {
            return new State(d.getCode(), d.getAgencyCode(), d.getTransferAgency(), d.getStatus(), d.getStepIndex(),
                    d.getAssignee(), d.getTimeLimitUnit(), promised(d.getDueAt(), d.getAppointmentAt()),
                    supplementsLeft(d), d.getReceivedAt() != null);
        }

        static State of(vn.motcua.dossier.Dossier d) {
            return new State(d.code(), d.agencyCode(), d.progress().transferAgencyCode(), d.status(),
                    d.progress().stepIndex(), d.progress().assignee(), d.timeLimit().unit(),
                    promised(d.dueAt(), d.progress().appointmentAt()), d.progress().supplementRequestsLeft(),
                    d.receivedAt() != null);
        }
    }

    /**
     * What the applicant was last promised: the due instant, or the new appointment of an apology
     * (Mẫu 04) when there is a later one. A second apology promises a day after that appointment.
     */
    private static LocalDateTime promised(LocalDateTime dueAt, LocalDateTime appointmentAt) {
        return appointmentAt != null && (dueAt == null || appointmentAt.isAfter(dueAt)) ? appointmentAt : dueAt;
    }

    /** Whether an appointment falls in office hours of a working day, when results can be handed over. */
    private boolean inOfficeHours(LocalDateTime t) {
        return context.calendar().isWorkingDay(t.toLocalDate())
                && context.calendar().officeHours().isOpenAt(t.toLocalTime());
    }

    private static String labels(Set<Role> roles) {
        StringBuilder b = new StringBuilder();
        for (Role r : roles) {
            b.append(b.length() == 0 ? "" : " hoặc ").append(r.label().toLowerCase(java.util.Locale.forLanguageTag("vi")));
        }
        return b.toString();
    }

    /** What the action needs, checked before anything changes. */
    private void validate(DossierEntity d, TransitionRequest r, LocalDateTime at, Map<String, String> requested) {
        List<Problem> problems = new ArrayList<>();
        // what the columns hold: said, not cut or refused by the database
        tooLong(problems, "note", r.note(), MAX_NOTE);
        tooLong(problems, "result", r.result(), MAX_RESULT);
        tooLong(problems, "collectedBy", r.collectedBy(), MAX_NAME);
        tooLong(problems, "assignee", r.assignee(), MAX_NAME);
        tooLong(problems, "toAgency", r.toAgency(), MAX_NAME);
        switch (r.action()) {
            case TRANSFER_BACK -> {
                // what the coordinating agency found or decided is the point of the transfer
                if (blank(r.note())) {
                    problems.add(problem("transition.transferBack.note", "note"));
                }
            }
            case REFUSE, STOP, SEND_BACK -> {
                if (blank(r.note())) {
                    problems.add(problem("transition.note.required", "note"));
                }
                if (r.action() == Action.REFUSE && d.getReceivedAt() != null) {
                    problems.add(problem("transition.refuse.received", "action"));
                }
            }
            case HAND_OVER -> {
                if (!blank(r.assignee())) {
                    Actor assignee = context.userByName().apply(r.assignee().strip());
                    if (assignee == null || !assignee.hasRole(Role.SPECIALIST)
                            || !d.getAgencyCode().equals(assignee.agencyCode())) {
                        problems.add(problem("transition.assignee.unknown", "assignee", r.assignee()));
                    }
                }
            }
            case REQUEST_SUPPLEMENT -> {
                // the allowance first: when it is used, what this request asks for does not matter
                int done = supplementsBy(d, supplementKey(d));
                if (done >= d.getSupplementLimit()) {
                    problems.add(atReception(d.getStatus(), d.getResumeStatus())
                            ? problem(d.getReceivedAt() == null ? "transition.supplementLimit.reception"
                                    : "transition.supplementLimit.received", "action", done)
                            : problem("transition.supplementLimit", "action", d.getAgencyCode(), done,
                                    d.getSupplementLimit()));
                } else if (r.requestedDocuments().isEmpty() || blank(r.note())
                        || r.requestedDocuments().stream().anyMatch(x -> x == null || blank(x.code()) || blank(x.reason()))) {
                    problems.add(problem("transition.documents.required", "requestedDocuments"));
                } else {
                    requestedProblems(d, r.requestedDocuments(), problems);
                }
            }
            case SUPPLEMENT -> {
                // papers, or only a corrected declaration (its values are checked by the service)
                if (r.documents().isEmpty() && !r.form().isEmpty()) {
                    break;
                }
                if (r.documents().isEmpty() || r.documents().stream().anyMatch(x -> x == null || blank(x.code()))) {
                    problems.add(problem("transition.supplied.required", "documents"));
                } else {
                    // what intake checks of a document, a supplement checks too: one of the dossier's or its
                    // procedure's documents, in quantities the counter could take
                    for (int i = 0; i < r.documents().size(); i++) {
                        SubmittedDocument x = r.documents().get(i);
                        String field = "documents[" + i + "]";
                        if (!requested.containsKey(x.code()) && !isDocumentOf(d, x.code())) {
                            problems.add(unknownDocument(d, field + ".code", x.code()));
                        } else if (ReceptionValidator.quantitiesOutOfRange(x)) {
                            problems.add(problem("document.quantity.invalid", field, x.code(),
                                    Fee.amountText(ReceptionValidator.MAX_QUANTITY)));
                        }
                    }
                }
            }
            case REQUEST_FEE -> {
                if (r.amount() == null || r.amount() <= 0) {
                    problems.add(problem("transition.amount.invalid", "amount"));
                }
            }
            case APOLOGIZE -> {
                // Decree 61/2018 asks for the letter a day before the due date at the latest; a leader who
                // missed that still owes the applicant the letter and a new date, which must then lie ahead
                LocalDateTime promised = promised(d.getDueAt(), d.getAppointmentAt());
                if (r.appointment() == null) {
                    problems.add(problem("transition.appointment.required", "appointment"));
                } else if (!r.appointment().isAfter(promised)) {
                    problems.add(problem("transition.appointment.notLater", "appointment", format(promised)));
                } else if (!r.appointment().isAfter(at)) {
                    problems.add(problem("transition.appointment.past", "appointment", format(r.appointment())));
                } else if (!inOfficeHours(r.appointment())) {
                    OfficeHours h = context.calendar().officeHours();
                    problems.add(problem("transition.appointment.closed", "appointment", format(r.appointment()),
                            h.morningStart() + "–" + h.morningEnd() + ", " + h.afternoonStart() + "–" + h.afternoonEnd()));
                }
                if (blank(r.note())) {
                    problems.add(problem("transition.note.required", "note"));
                }
            }
            case TRANSFER -> {
                if (blank(r.toAgency())) {
                    problems.add(problem("transition.agency.required", "toAgency"));
                } else if (!context.agencyActive().test(r.toAgency().strip(), at.toLocalDate())) {
                    problems.add(problem("transition.agency.unknown", "toAgency", r.toAgency()));
                } else if (r.toAgency().strip().equals(d.getAgencyCode())) {
                    problems.add(problem("transition.agency.same", "toAgency"));
                }
                if (r.workingDays() == null || r.workingDays() < 1 || r.workingDays() > 60) {
                    problems.add(problem("transition.workingDays.invalid", "workingDays"));
                } else if (d.getDueAt() != null) {
                    // the partner's days are part of the dossier's legal time (Decree 61/2018): a
                    // share that ends after the date promised to the applicant makes the dossier late
                    LocalDateTime promised = promised(d.getDueAt(), d.getAppointmentAt());
                    if (transferDue(at, r.workingDays()).isAfter(promised)) {
                        int fits = r.workingDays() - 1;
                        while (fits > 0 && transferDue(at, fits).isAfter(promised)) {
                            fits--;
                        }
                        problems.add(fits > 0
                                ? problem("transition.workingDays.pastDue", "workingDays", r.workingDays(),
                                        format(promised), fits)
                                : problem("transition.workingDays.noTime", "workingDays", format(promised)));
                    }
                }
            }
            case APPROVE -> {
                if (blank(r.result())) {
                    problems.add(problem("transition.result.required", "result"));
                }
            }
            case RETURN_RESULT -> {
                if (blank(r.collectedBy())) {
                    problems.add(problem("transition.collectedBy.required", "collectedBy"));
                }
            }
            case RESOLVE_ON_SPOT -> {
                if (d.getTimeLimitUnit() != TimeLimitUnit.SAME_DAY) {
                    problems.add(problem("transition.onSpot.sameDay", "action"));
                }
                if (blank(r.result())) {
                    problems.add(problem("transition.result.required", "result"));
                }
                if (blank(r.collectedBy())) {
                    problems.add(problem("transition.collectedBy.required", "collectedBy"));
                }
            }
            default -> {
                // the others need nothing beyond the state and the actor
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(text("transition.refused", r.action().label(), problems.size()), problems);
        }
    }

    /** Column sizes (V1__dossier.sql): the audit note, the result, names; a request's details as a whole. */
    static final int MAX_NOTE = 4000;
    private static final int MAX_RESULT = 2000;
    private static final int MAX_NAME = 200;
    private static final int MAX_REQUESTED = 30;
    private static final int MAX_REQUESTED_NAME = 300;
    private static final int MAX_REQUESTED_REASON = 500;
    private static final int MAX_DETAILS = 7000;

    private static void tooLong(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(problem("transition.tooLong", field, max));
        }
    }

    /**
     * What a supplement request asks for: each paper once; one the dossier and its procedure do not
     * know ("giấy tờ khác") with the name the applicant will read; within what the audit entry holds.
     */
    private void requestedProblems(DossierEntity d, List<RequestedDocument> docs, List<Problem> problems) {
        if (docs.size() > MAX_REQUESTED) {
            problems.add(problem("transition.documents.tooMany", "requestedDocuments", MAX_REQUESTED));
            return;
        }
        Set<String> seen = new java.util.HashSet<>();
        int length = 0;
        for (int i = 0; i < docs.size(); i++) {
            RequestedDocument doc = docs.get(i);
            String field = "requestedDocuments[" + i + "]";
            String code = doc.code().strip();
            length += code.length() + (doc.name() == null ? 0 : doc.name().length()) + doc.reason().length() + 40;
            if (!seen.add(code)) {
                problems.add(problem("transition.documents.twice", field + ".code", code.length() > 60
                        ? code.substring(0, 60) + "…" : code));
            } else if (code.length() > 60) {
                problems.add(problem("transition.tooLong", field + ".code", 60));
            } else if (blank(doc.name()) && !isDocumentOf(d, code)) {
                problems.add(problem("transition.documents.nameRequired", field + ".name", code));
            }
            tooLong(problems, field + ".name", doc.name(), MAX_REQUESTED_NAME);
            tooLong(problems, field + ".reason", doc.reason(), MAX_REQUESTED_REASON);
        }
        if (length > MAX_DETAILS && problems.isEmpty()) {
            problems.add(problem("transition.documents.tooLong", "requestedDocuments"));
        }
    }

    private static AuditEntryEntity entry(DossierEntity d, Actor actor, Role role, Action action,
                                          DossierStatus from, String stepCode, String note, LocalDateTime stepDue,
                                          Map<String, Object> details, LocalDateTime at) {
        int seq = d.getAuditCount() + 1;
        d.setAuditCount(seq);
        return new AuditEntryEntity(seq, at, actor.userName(), actor.displayName(), role, actor.agencyCode(),
                action.name(), from, d.getStatus(), stepCode, blank(note) ? null : note.strip(), stepDue,
                details.isEmpty() ? null : FormCodec.writeObject(details));
    }

    /** The end of a partner agency's N working days from {@code at}, as the calendar counts a procedure's. */
    private LocalDateTime transferDue(LocalDateTime at, int workingDays) {
        return context.calendar().due(at, vn.motcua.calendar.TimeLimit.workingDays(workingDays)).dueAt();
    }

    static String format(LocalDateTime t) {
        return String.format("%02d:%02d %02d/%02d/%d", t.getHour(), t.getMinute(), t.getDayOfMonth(),
                t.getMonthValue(), t.getYear());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
