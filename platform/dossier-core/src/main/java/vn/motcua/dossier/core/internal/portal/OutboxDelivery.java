package vn.motcua.dossier.core.internal.portal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.dossier.ServiceUnavailableException;
import vn.motcua.dossier.core.internal.BackgroundJobs;
import vn.motcua.dossier.core.internal.DossierServiceImpl;
import vn.motcua.dossier.core.internal.persistence.DossierRepository;
import vn.motcua.dossier.core.internal.persistence.JobLeases;
import vn.motcua.dossier.core.internal.persistence.OutboxEntry;
import vn.motcua.notice.ApplicantNotifier;
import vn.motcua.notice.PartlySentException;
import vn.motcua.portal.PortalAdapter;
import vn.motcua.portal.PortalMessage;

/**
 * Delivers the outbox in the background: oldest first, one dossier's messages in order, a failed
 * message retried after a delay that doubles up to an hour. Officials never wait for the portal.
 * The notices to applicants travel in the same rows and go to the {@link ApplicantNotifier}; a
 * notice that fails is kept in a row of its own and retried apart, so that an SMS gateway that is
 * down never holds up the portal.
 * Of several runtimes on one database, only the holder of the job's lease delivers (see
 * {@link JobLeases}), so each message is sent once, in order (after a crash, the last few delivered
 * but not yet recorded are sent again); the holder renews the lease as it goes and stops a round
 * when it could not.
 */
@Component(immediate = true, configurationPid = OutboxDelivery.PID)
@Designate(ocd = OutboxDelivery.Config.class)
public class OutboxDelivery {

    static final String PID = "vn.motcua.portal.outbox";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    @ObjectClassDefinition(name = "motcua: national portal outbox", description = "Background delivery")
    public @interface Config {
        @AttributeDefinition(name = "Interval (seconds)", description = "How often pending messages are sent")
        int intervalSeconds() default 10;

        @AttributeDefinition(name = "Batch", description = "At most this many messages per round")
        int batch() default 200;

        @AttributeDefinition(name = "Lease (seconds)", description = "With several runtimes: how long the "
                + "runtime that delivers keeps the job when it stops renewing (crash, pause) before another takes over")
        int leaseSeconds() default 60;
    }

    static final String JOB = "portal-outbox";
    private static final long WHOLE_READ_NANOS = 60_000_000_000L;
    /** How far before the oldest pending message the next round reads (a slow commit's allowance). */
    private static final long SINCE_MARGIN_SECONDS = 10;

    /**
     * After the notifier failed, notices are not tried until then (10 s, doubling with each failure
     * up to 10 minutes, back to none at the first success): they are kept apart untried, so that a
     * mail server or gateway that answers only after its timeout costs one timeout per pause, not
     * one per notice, and never holds up the portal's messages for long.
     */
    private LocalDateTime noticesPausedUntil;
    private long noticesPause;
    private String noticesFailure;

    /**
     * Whether the portal's adapter, and the notifier, are failing, and when they last failed: the
     * log says once when deliveries start failing, and once when they have worked for a minute.
     */
    private boolean portalFailing;
    private boolean noticesFailing;
    private long portalFailedAt;
    private long noticesFailedAt;

    /** Where the pending messages begin, as far as the last round saw (null: not known). */
    private LocalDateTime since;
    private long lastWholeRead;

    private final DossierRepository repository;
    private final PortalAdapter adapter;
    private final ApplicantNotifier notifier;
    private final JobLeases leases;
    private final Duration lease;
    private final int batch;
    private final ScheduledExecutorService scheduler;

    @Activate
    public OutboxDelivery(@Reference DossierRepository repository,
                          @Reference(policyOption = ReferencePolicyOption.GREEDY) PortalAdapter adapter,
                          @Reference(policyOption = ReferencePolicyOption.GREEDY) ApplicantNotifier notifier,
                          @Reference JobLeases leases, Config config) {
        this.repository = repository;
        this.adapter = adapter;
        this.notifier = notifier;
        this.leases = leases;
        int interval = positive("intervalSeconds", config::intervalSeconds, 10);
        this.lease = Duration.ofSeconds(Math.max(positive("leaseSeconds", config::leaseSeconds, 60), 3L * interval));
        this.batch = positive("batch", config::batch, 200);
        scheduler = BackgroundJobs.single("motcua-portal-outbox");
        scheduler.scheduleWithFixedDelay(this::deliverSafely, interval, interval, TimeUnit.SECONDS);
    }

    /**
     * A setting of etc/vn.motcua.portal.outbox.cfg; one that is no whole number or not positive (a
     * typo) is logged and the default applies: the messages to the national portal must not stop.
     */
    static int positive(String key, java.util.function.IntSupplier read, int fallback) {
        try {
            int v = read.getAsInt();
            if (v > 0) {
                return v;
            }
        } catch (RuntimeException notANumber) {
            // Declarative Services cannot make a number of it
        }
        LOG.error("{} in etc/{}.cfg is not a positive whole number: delivering with {} instead", key, PID, fallback);
        return fallback;
    }

    @Deactivate
    void deactivate() {
        // let a message being delivered be recorded, or it would be delivered again after the stop
        BackgroundJobs.stop(scheduler, 5);
        try {
            leases.release(JOB);
        } catch (RuntimeException e) {
            LOG.debug("Outbox lease not released (it expires by itself): {}", e.toString());
        }
    }

    private void deliverSafely() {
        try {
            // a full batch means more are waiting: go on at once rather than 200 messages per interval
            while (deliverPending() >= batch && !scheduler.isShutdown()) {
                LOG.debug("Portal outbox: a full batch delivered, continuing");
            }
        } catch (RuntimeException e) {
            LOG.warn("Portal outbox round failed, will retry: {}", e.toString());
        }
    }

    /** One round, if this runtime holds the job's lease; returns how many messages were delivered. */
    public synchronized int deliverPending() {
        if (!leases.acquire(JOB, lease)) {
            return 0;
        }
        long renewed = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(DossierServiceImpl.ZONE).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        boolean whole = since == null || renewed - lastWholeRead > WHOLE_READ_NANOS;
        List<OutboxEntry> pending = repository.pendingOutbox(batch, whole ? null : since);
        if (whole) {
            lastWholeRead = renewed;
        }
        if (!pending.isEmpty()) {
            // the next round starts at the oldest message still pending, less a margin for
            // transactions that took their time to commit; anything older (a replay with past
            // times, a very slow commit) is found by the whole read, at least once a minute
            // (never beyond the present: a message dated ahead must not hide today's). The margin
            // is short because the read walks every message delivered within it: at 1,700
            // messages a second, 60 s were 100,000 index entries per round
            LocalDateTime oldest = pending.get(0).getCreatedAt();
            since = (oldest.isAfter(now) ? now : oldest).minusSeconds(SINCE_MARGIN_SECONDS);
        }
        Set<String> blocked = new HashSet<>();
        boolean noticesPaused = noticesPausedUntil != null && noticesPausedUntil.isAfter(now);
        List<OutboxEntry> done = new ArrayList<>();
        int delivered = 0;
        for (OutboxEntry e : pending) {
            // a notice retried on its own waits apart from the dossier's portal messages
            boolean notice = ApplicantNotices.SERVICE.equals(e.getService());
            String order = notice ? e.getDossierCode() + '\n' : e.getDossierCode();
            if (blocked.contains(order) || (notice && noticesPaused)) {
                continue;
            }
            if (e.getNextAttemptAt().isAfter(now)) {
                blocked.add(order); // keep this dossier's messages in order
                continue;
            }
            if (System.nanoTime() - renewed > lease.toNanos() / 3) {
                // what this runtime delivered is recorded before it may hand the job over
                if (!recordDelivered(done, now)) {
                    return delivered;
                }
                delivered += done.size();
                done.clear();
                if (!leases.acquire(JOB, lease)) {
                    LOG.info("Portal outbox lease lost to another runtime; this round stops");
                    return delivered;
                }
                renewed = System.nanoTime();
            }
            try {
                // a change's messages in order; when one fails, the row is retried from its first
                // (the portal tells a repeated message by dossier, sequence and service)
                for (PortalMessage m : e.messages()) {
                    if (!ApplicantNotices.SERVICE.equals(m.service())) {
                        adapter.deliver(m);
                    } else if (notice) {
                        notifier.send(ApplicantNotices.read(m));
                    } else if (noticesPaused || blocked.contains(e.getDossierCode() + '\n')) {
                        // untried while the notifier rests, or behind the dossier's earlier notice
                        defer(m, noticesPaused ? noticesPausedUntil : now.plusSeconds(10), noticesPaused
                                ? "not tried after: " + noticesFailure : "waits for an earlier notice of the dossier",
                                false);
                    } else if (!sendOrDefer(m, now)) {
                        noticesPaused = true;
                    }
                }
            } catch (Exception ex) {
                failed(notice, ex, now);
                noticesPaused |= notice;
                blocked.add(order);
                long delay = Math.min(3600, 10L << Math.min(e.getAttempts(), 9));
                // a notice whose SMS went and whose e-mail did not: only the e-mail again
                repository.outboxFailed(e, now.plus(Duration.ofSeconds(delay)), oneLine(ex),
                        notice && ex instanceof PartlySentException p ? ApplicantNotices.payload(p.rest()) : null);
                LOG.debug("Portal delivery of {}#{} failed (attempt {}): {}", e.getDossierCode(), e.getSeq(),
                        e.getAttempts() + 1, ex.toString());
                continue;
            }
            delivered(notice);
            done.add(e);
            if (done.size() >= RECORD_EVERY) {
                if (!recordDelivered(done, now)) {
                    return delivered;
                }
                delivered += done.size();
                done.clear();
            }
        }
        if (recordDelivered(done, now)) {
            delivered += done.size();
        }
        return delivered;
    }

    /**
     * Sends a notice that came with a change's portal messages; when the notifier fails, the notice
     * is kept apart (see {@link #defer}) and the portal messages of the row count as delivered.
     *
     * @return whether it was sent
     */
    private boolean sendOrDefer(PortalMessage m, LocalDateTime now) {
        try {
            notifier.send(ApplicantNotices.read(m));
            delivered(true);
            return true;
        } catch (PartlySentException partly) {
            // what went is not sent again: the rest waits apart
            failed(true, partly, now);
            defer(new PortalMessage(m.dossierCode(), m.seq(), m.service(), ApplicantNotices.payload(partly.rest()),
                    m.createdAt(), m.attempt()), now.plusSeconds(10), oneLine(partly), true);
            return false;
        } catch (Exception ex) {
            failed(true, ex, now);
            defer(m, now.plusSeconds(10), oneLine(ex), true);
            return false;
        }
    }

    /**
     * Keeps a notice in a row of its own, to be tried at {@code next} and then as any message (its
     * attempts counted only when it was tried). Only when that row cannot be written does the
     * change's whole row fail, to be delivered again.
     */
    private void defer(PortalMessage m, LocalDateTime next, String error, boolean tried) {
        OutboxEntry apart = new OutboxEntry(m.seq(), m.service(), m.payload(), m.createdAt());
        apart.setDossierCode(m.dossierCode());
        repository.outboxDeferred(apart, next, error, tried);
        LOG.debug("Notice of {}#{} not sent, kept to retry: {}", m.dossierCode(), m.seq(), error);
    }

    /** What failed, on one line (a mail library's message spans several), its cause first. */
    static String oneLine(Exception ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root == ex ? ex.toString() : root + " (" + ex.getMessage() + ")";
        return text.replaceAll("\\s+", " ");
    }

    /** Logged once when deliveries start failing (each failure itself only at debug level). */
    private void failed(boolean notice, Exception ex, LocalDateTime now) {
        if (notice ? !noticesFailing : !portalFailing) {
            LOG.warn(notice ? "Notices to applicants are failing ({}): each is kept and sent again with growing delays "
                    + "(motcua:outbox shows what waits)" : "Delivery to the national portal is failing ({}): retried with "
                    + "growing delays (motcua:outbox shows what waits)", oneLine(ex));
        }
        if (notice) {
            noticesFailing = true;
            noticesFailedAt = System.nanoTime();
            noticesPause = Math.min(600, noticesPause == 0 ? 10 : noticesPause * 2);
            noticesPausedUntil = now.plusSeconds(noticesPause);
            noticesFailure = oneLine(ex);
        } else {
            portalFailing = true;
            portalFailedAt = System.nanoTime();
        }
    }

    private void delivered(boolean notice) {
        if (notice) {
            noticesPause = 0;
            noticesPausedUntil = null;
        }
        // said once they have worked for a minute, so that a gateway that fails every other message
        // does not fill the log
        long quiet = 60_000_000_000L;
        if (notice && noticesFailing && System.nanoTime() - noticesFailedAt > quiet) {
            LOG.info("Notices to applicants are sent again");
            noticesFailing = false;
        } else if (!notice && portalFailing && System.nanoTime() - portalFailedAt > quiet) {
            LOG.info("Delivery to the national portal works again");
            portalFailing = false;
        }
    }

    /**
     * Deliveries are recorded this many at a time, in one transaction: one commit (one log flush
     * to disk) per message cost the outbox as much as the intake it follows. After a crash, at
     * most this many messages that the portal accepted are delivered again; the portal tells them
     * apart by dossier, sequence and service (see {@link PortalAdapter}).
     */
    static final int RECORD_EVERY = 50;

    /**
     * Records deliveries, waiting out a short database outage (up to 30 s): a message delivered but
     * not recorded would be delivered again, by this runtime or another.
     */
    private boolean recordDelivered(List<OutboxEntry> done, LocalDateTime at) {
        if (done.isEmpty()) {
            return true;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                repository.outboxDelivered(done, at);
                return true;
            } catch (ServiceUnavailableException ex) {
                if (attempt >= 12 || Thread.currentThread().isInterrupted()) {
                    LOG.warn("{} portal messages from {}#{} on were delivered but could not be recorded (database "
                            + "unreachable): they will be delivered again", done.size(), done.get(0).getDossierCode(),
                            done.get(0).getSeq());
                    return false;
                }
                try {
                    Thread.sleep(2500);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
