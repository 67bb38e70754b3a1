package vn.motcua.dossier.core.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.core.internal.persistence.AuditEntryEntity;
import vn.motcua.dossier.core.internal.persistence.ConcurrentChangeException;
import vn.motcua.dossier.core.internal.persistence.DossierEntity;
import vn.motcua.dossier.core.internal.persistence.DossierRepository;
import vn.motcua.dossier.core.internal.persistence.DossierRepository.Changes;
import vn.motcua.procedure.ProcessStep;

/**
 * Due dates follow the working calendar in force (CALENDAR.md: the Nth working day, the days off
 * being data an administrator announces). When the calendar changes (a day off or a make-up
 * Saturday announced, office hours changed), the dossiers whose clock runs and whose due instant
 * is still ahead get the due instant, and their current step's, that their remaining budget of
 * office time gives under the new calendar, as a resumption would: a dossier received before the
 * notice is judged by the same deadline as one received after it. A due instant already passed
 * stays (a late dossier does not become on time by a notice). Each change is an audit entry.
 * The check runs half a minute after the start (a notice added while the runtime was down) and
 * then every 10 s; on several nodes, the version of each dossier lets one of them write it.
 */
@Component(immediate = true)
public class CalendarChangeWatch {

    static final String ACTION = "RECALCULATE_DUE";
    private static final Logger LOG = LoggerFactory.getLogger(CalendarChangeWatch.class);
    /** Why the change of one dossier stores nothing: its due instants are already right. */
    private static final RuntimeException UNCHANGED = new RuntimeException("unchanged", null, false, false) {
        private static final long serialVersionUID = 1L;
    };

    private final WorkingCalendar calendar;
    private final DossierRepository repository;
    private final DossierClock clock;
    private final ScheduledExecutorService scheduler;
    private volatile Integer seen;

    @Activate
    public CalendarChangeWatch(@Reference WorkingCalendar calendar, @Reference DossierRepository repository) {
        this.calendar = calendar;
        this.repository = repository;
        this.clock = new DossierClock(calendar);
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua-calendar-watch");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::checkSafely, 30, 10, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    private void checkSafely() {
        try {
            check(LocalDateTime.now(DossierServiceImpl.ZONE).withNano(0));
        } catch (RuntimeException e) {
            LOG.warn("Due dates not checked against the calendar, will retry: {}", e.toString());
        }
    }

    /** Recalculates when the calendar differs from the one last checked; returns how many dossiers changed. */
    synchronized int check(LocalDateTime now) {
        int fingerprint = Objects.hash(calendar.entries(), calendar.officeHours());
        if (seen != null && seen == fingerprint) {
            return 0;
        }
        int changed = 0;
        int conflicts = 0;
        for (DossierRepository.Running r : repository.runningDueAfter(now)) {
            // the due instant, computed in memory: a dossier is written only when it moves (a step's
            // due instant moves only if the dossier's, later, does too)
            if (due(calendar, r.runningSince(), r.budgetSeconds(), r.consumedSeconds()).equals(r.dueAt())) {
                continue;
            }
            try {
                repository.transition(r.code(), (d, registers) -> recalculate(d, now), d -> null);
                changed++;
            } catch (ConcurrentChangeException e) {
                conflicts++; // a clerk's change came first: the next round sees the dossier again
            } catch (RuntimeException e) {
                if (e != UNCHANGED) {
                    throw e;
                }
            }
        }
        if (conflicts == 0) {
            seen = fingerprint;
        }
        if (changed > 0) {
            LOG.info("Working calendar changed: due dates of {} open dossiers recalculated", changed);
        }
        return changed;
    }

    /** What is left of the budget, from when the clock last resumed: as {@link DossierClock#resume} computes it. */
    static LocalDateTime due(WorkingCalendar calendar, LocalDateTime runningSince, long budgetSeconds,
                             long consumedSeconds) {
        return calendar.addWorkingTime(runningSince, Duration.ofSeconds(Math.max(0, budgetSeconds - consumedSeconds)));
    }

    private Changes recalculate(DossierEntity d, LocalDateTime now) {
        if (d.getRunningSince() == null || d.getFinishedAt() != null || d.getDueAt() == null
                || !d.getDueAt().isAfter(now)) {
            return Changes.refused(UNCHANGED);
        }
        LocalDateTime due = due(calendar, d.getRunningSince(), d.getBudgetSeconds(), d.getConsumedSeconds());
        LocalDateTime stepDue = d.getStepDueAt();
        if (stepDue != null && stepDue.isAfter(now)) {
            List<ProcessStep> steps = FormCodec.readSteps(d.getProcessJson());
            stepDue = clock.stepDue(d, steps, d.getStepIndex());
        }
        if (due.equals(d.getDueAt()) && Objects.equals(stepDue, d.getStepDueAt())) {
            return Changes.refused(UNCHANGED);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("previousDueAt", d.getDueAt().toString());
        details.put("dueAt", due.toString());
        if (!Objects.equals(stepDue, d.getStepDueAt())) {
            details.put("previousStepDueAt", String.valueOf(d.getStepDueAt()));
            details.put("stepDueAt", String.valueOf(stepDue));
        }
        d.setDueAt(due);
        d.setStepDueAt(stepDue);
        int seq = d.getAuditCount() + 1;
        d.setAuditCount(seq);
        AuditEntryEntity entry = new AuditEntryEntity(seq, now, Actor.SYSTEM.userName(), Actor.SYSTEM.displayName(),
                Role.SYSTEM, null, ACTION, d.getStatus(), d.getStatus(), null,
                CoreMessages.text("due.recalculated"), stepDue, FormCodec.writeObject(details));
        return new Changes(List.of(entry), List.of(), null, List.of(), null);
    }
}
