package vn.motcua.portal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The outbox at one moment.
 *
 * @param pending changes not yet delivered (each with its portal messages and, when it concerns the
 *        applicant, its notice)
 * @param noticesRetrying notices to applicants kept apart after their gateway failed, waiting to be
 *        sent again
 * @param oldestPendingAt when the oldest of those happened (null: nothing waits)
 * @param failing how many of those failed at least once and wait for their next attempt
 * @param failures the oldest failing ones
 */
public record OutboxStatus(int pending, int noticesRetrying, LocalDateTime oldestPendingAt, int failing,
                           List<Failure> failures) {

    /**
     * One message or change that failed.
     *
     * @param kind {@code PORTAL} (the change's messages to the national portal) or {@code NOTICE}
     *        (a notice to the applicant)
     * @param attempts how many times it was tried
     * @param lastError what the adapter or notifier said
     */
    public record Failure(String dossierCode, int seq, String kind, int attempts, LocalDateTime createdAt,
                          LocalDateTime nextAttemptAt, String lastError) {
    }
}
