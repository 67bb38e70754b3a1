package vn.motcua.dossier.core.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.calendar.CalendarEntry;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.core.internal.persistence.AuditEntryEntity;
import vn.motcua.dossier.core.internal.persistence.ConcurrentChangeException;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.dossier.core.internal.persistence.DossierRepository;
import vn.motcua.dossier.core.internal.persistence.DossierRepository.Changes;
import vn.motcua.dossier.core.internal.persistence.JobLeases;
import vn.motcua.dossier.core.internal.persistence.OutboxEntry;
import vn.motcua.dossier.core.internal.portal.PortalPayloads;
import vn.motcua.procedure.ProcessStep;

/**
 * Due dates follow the working calendar in force (CALENDAR.md: the Nth working day, the days off
 * being data an administrator announces). When the notices change (a day off or a make-up Saturday
 * announced or withdrawn), each dossier whose clock runs and whose due instant is still ahead gets:
 * <ul>
 * <li>if its clock never stopped, the deadline a reception at the same instant gets under the new
 * calendar (the count's start included), so that it is judged like a dossier received after the
 * notice;</li>
 * <li>if it waited for the applicant at some point, for a limit in working days or hours, what
 * its remaining office time gives from its last resumption, as the resumption computed it; a limit
 * in calendar days, or the same day, stays as the resumption fixed it.</li>
 * </ul>
 * The current step's due instant follows, if still ahead. A due instant never moves into the past
 * (a late dossier does not become on time, an on-time one does not become late by a notice). Each
 * change is an audit entry, and goes to the national portal (its appointment date). Office hours
 * are configuration, not notices: a change of them applies to receptions from then on. The check
 * runs half a minute after the start (a notice added while the runtime was down) and then every
 * 10 s, by one runtime of a cluster at a time (a job lease). The entry names the notices that changed
 * between the dossier's reception and its due dates, when this runtime saw the calendar before them.
 */
@Component(immediate = true)
public class CalendarChangeWatch {

    static final String ACTION = "RECALCULATE_DUE";
    static final String JOB = "calendar-due-dates";
    private static final Logger LOG = LoggerFactory.getLogger(CalendarChangeWatch.class);
    /** Why the change of one dossier stores nothing: its due instants are already right. */
    private static final RuntimeException UNCHANGED = new RuntimeException("unchanged", null, false, false) {
        private static final long serialVersionUID = 1L;
    };

    private final WorkingCalendar calendar;
    private final DossierRepository repository;
    private final JobLeases leases;
    private final DueRecalculation recalculation;
    private final ScheduledExecutorService scheduler;
    private volatile Integer seen;
    /** The notices last applied by this runtime (null until its first check). */
    private volatile List<CalendarEntry> applied;

    @Activate
    public CalendarChangeWatch(@Reference WorkingCalendar calendar, @Reference DossierRepository repository,
                               @Reference JobLeases leases) {
        this.calendar = calendar;
        this.repository = repository;
        this.leases = leases;
        this.recalculation = new DueRecalculation(calendar);
        scheduler = BackgroundJobs.single("motcua-calendar-watch");
        scheduler.scheduleWithFixedDelay(this::checkSafely, 30, 10, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        BackgroundJobs.stop(scheduler, 5);
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.warn("Due dates not checked against the calendar, will retry: {}", e.toString());
        }
    }

    /** Recalculates when the notices differ from those last applied; returns how many dossiers changed. */
    synchronized int check() {
        List<CalendarEntry> entries = calendar.entries();
        int fingerprint = entries.hashCode();
        if (seen != null && seen == fingerprint) {
            return 0;
        }
        List<CalendarEntry> before = applied;
        if (!leases.acquire(JOB, Duration.ofMinutes(2))) {
            return 0; // another runtime of the cluster applies it
        }
        Map<LocalDate, String> notices = before == null ? Map.of() : changedNotices(before, entries);
        int changed = 0;
        int unfinished = 0;
        Map<String, List<ProcessStep>> processes = new HashMap<>();
        for (DossierEntity row : repository.runningDueAfter(now())) {
            // computed in memory first: a dossier is written only when something moves
            List<ProcessStep> steps = processes.computeIfAbsent(row.getProcessJson(), FormCodec::readSteps);
            LocalDateTime transferDue = row.getStatus() == DossierStatus.TRANSFERRED ? transferDue(row) : null;
            if (recalculation.recalculated(row, steps, now()) == null && transferDue == null) {
                continue;
            }
            try {
                repository.transition(row.getCode(), (d, registers) -> change(d,
                        Objects.equals(d.getTransferDueAt(), row.getTransferDueAt()) ? transferDue : null, notices),
                        d -> null);
                changed++;
            } catch (ConcurrentChangeException e) {
                unfinished++; // a clerk's change came first: the next round sees the dossier again
            } catch (RuntimeException e) {
                if (e != UNCHANGED) {
                    unfinished++;
                    LOG.warn("Due date of {} not recalculated: {}", row.getCode(), e.toString());
                }
            }
        }
        if (unfinished == 0) {
            seen = fingerprint;
            applied = entries;
        }
        if (changed > 0) {
            LOG.info("Working calendar changed: due dates of {} open dossiers recalculated", changed);
        }
        return changed;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(DossierServiceImpl.ZONE).withNano(0);
    }

    /**
     * The receiving agency's deadline of a transferred dossier under the calendar in force, from its
     * last transfer (when and for how many working days); null when it stays.
     */
    private LocalDateTime transferDue(DossierEntity row) {
        AuditEntryEntity transfer = null;
        for (AuditEntryEntity e : repository.audit(row.getCode())) {
            if (e.getAction().equals("TRANSFER")) {
                transfer = e;
            }
        }
        if (transfer == null) {
            return null;
        }
        Object days = FormCodec.readObject(transfer.getDetails()).get("workingDays");
        return recalculation.transferDue(row.getTransferDueAt(), transfer.getActedAt(),
                days instanceof Number n ? n.intValue() : null, now());
    }

    /**
     * What changed from one notice table to the other, by day, as users read it: "nghỉ ngày 02/12/2026
     * (lý do; số hiệu)", "làm việc ngày …", or "bỏ thông báo nghỉ ngày …" for a withdrawn one.
     */
    static Map<LocalDate, String> changedNotices(List<CalendarEntry> before, List<CalendarEntry> after) {
        Set<CalendarEntry> kept = new HashSet<>(before);
        kept.retainAll(new HashSet<>(after));
        Map<LocalDate, String> changed = new TreeMap<>();
        for (CalendarEntry e : before) {
            if (!kept.contains(e)) {
                changed.put(e.date(), CoreMessages.text(e.kind() == CalendarEntry.Kind.OFF
                        ? "due.notice.offWithdrawn" : "due.notice.workWithdrawn", CoreMessages.day(e.date()), e.reason()));
            }
        }
        for (CalendarEntry e : after) {
            if (!kept.contains(e)) {
                changed.put(e.date(), CoreMessages.text(e.kind() == CalendarEntry.Kind.OFF
                        ? "due.notice.off" : "due.notice.work", CoreMessages.day(e.date()),
                        e.source() == null ? e.reason() : e.reason() + "; " + e.source()));
            }
        }
        return changed;
    }


    /** The note of a recalculation: why, and the changed notices between the dossier's start and its due dates. */
    static String note(Map<LocalDate, String> notices, LocalDateTime from, LocalDateTime... dues) {
        LocalDate last = from.toLocalDate();
        for (LocalDateTime due : dues) {
            if (due != null && due.toLocalDate().isAfter(last)) {
                last = due.toLocalDate();
            }
        }
        List<String> named = new ArrayList<>();
        for (Map.Entry<LocalDate, String> e : notices.entrySet()) {
            if (!e.getKey().isBefore(from.toLocalDate()) && !e.getKey().isAfter(last)) {
                named.add(e.getValue());
            }
        }
        String note = CoreMessages.text("due.recalculated");
        return named.isEmpty() ? note : note + " " + CoreMessages.text("due.recalculated.notices", String.join(", ", named));
    }

    private Changes change(DossierEntity d, LocalDateTime transferDue, Map<LocalDate, String> notices) {
        LocalDateTime now = now();
        List<ProcessStep> steps = FormCodec.readSteps(d.getProcessJson());
        LocalDateTime previousDue = d.getDueAt();
        LocalDateTime previousStepDue = d.getStepDueAt();
        LocalDateTime previousTransferDue = d.getTransferDueAt();
        DossierEntity after = recalculation.recalculated(d, steps, now);
        boolean transferMoves = transferDue != null && transferDue.isAfter(now);
        if (after == null && !transferMoves) {
            return Changes.refused(UNCHANGED);
        }
        if (after != null) {
            d.setCountFrom(after.getCountFrom());
            d.setRunningSince(after.getRunningSince());
            d.setBudgetSeconds(after.getBudgetSeconds());
            d.setDueAt(after.getDueAt());
            d.setStepDueAt(after.getStepDueAt());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (transferMoves) {
            d.setTransferDueAt(transferDue);
            details.put("previousTransferDueAt", previousTransferDue.toString());
            details.put("transferDueAt", transferDue.toString());
        }
        if (!previousDue.equals(d.getDueAt())) {
            details.put("previousDueAt", previousDue.toString());
            details.put("dueAt", d.getDueAt().toString());
        }
        if (!Objects.equals(previousStepDue, d.getStepDueAt())) {
            details.put("previousStepDueAt", String.valueOf(previousStepDue));
            details.put("stepDueAt", String.valueOf(d.getStepDueAt()));
        }
        int seq = d.getAuditCount() + 1;
        d.setAuditCount(seq);
        LocalDateTime start = d.getCountFrom() != null ? d.getCountFrom() : d.getReceivedAt();
        AuditEntryEntity entry = new AuditEntryEntity(seq, now, Actor.SYSTEM.userName(), Actor.SYSTEM.displayName(),
                Role.SYSTEM, null, ACTION, d.getStatus(), d.getStatus(), null,
                note(notices, start == null ? now : start, previousDue, d.getDueAt(), previousTransferDue,
                        d.getTransferDueAt()),
                null, FormCodec.writeObject(details));
        // the national portal shows the appointment too (NgayHenTra); a replayed dossier is never sent
        List<OutboxEntry> outbox = Actor.SIMULATION.userName().equals(d.getReceivedBy()) ? List.of()
                : PortalPayloads.messages(d, List.of(entry), false, Actor.SYSTEM, true);
        return new Changes(List.of(entry), outbox, null, List.of(), null);
    }
}
