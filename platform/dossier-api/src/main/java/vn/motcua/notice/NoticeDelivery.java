package vn.motcua.notice;

import java.time.LocalDateTime;

/**
 * A notice to an applicant and what became of it, as the outbox holds it: for the clerk who is
 * asked "did you send me a message?".
 *
 * @param notice the notice as written at the change, with the phone and e-mail it was for
 * @param state {@link #SENT}, {@link #PARTLY_SENT}, {@link #RETRYING} or {@link #WAITING}
 * @param sentAt when it went (for {@link #PARTLY_SENT}, its SMS, when known), or null
 * @param attempts how many times it was tried
 * @param nextAttemptAt when it is tried again (not yet sent), or null
 * @param lastError what the gateway answered at the last failure, or why it waits; null when sent
 */
public record NoticeDelivery(ApplicantNotice notice, String state, LocalDateTime sentAt, int attempts,
                             LocalDateTime nextAttemptAt, String lastError) {

    /** Handed to the notifier without error. */
    public static final String SENT = "SENT";
    /** The SMS went; the e-mail failed and is tried again. */
    public static final String PARTLY_SENT = "PARTLY_SENT";
    /** Tried and failed; tried again at {@code nextAttemptAt}. */
    public static final String RETRYING = "RETRYING";
    /** Not tried yet (the change is waiting to be delivered, or behind an earlier notice). */
    public static final String WAITING = "WAITING";
}
