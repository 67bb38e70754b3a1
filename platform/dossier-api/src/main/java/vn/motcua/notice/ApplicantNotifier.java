package vn.motcua.notice;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Sends notices to applicants. Register it as an OSGi service; the one with the highest service
 * ranking is used. A notice whose sending throws is retried later with a growing delay (10 s,
 * doubling, at most an hour), apart from the dossier's messages to the national portal, which it
 * never holds up. Sending is at least once: after a crash of the runtime, notices sent just before
 * it (at most a few dozen) come again with the same dossier code and sequence, by which a gateway
 * can recognise them.
 */
@ConsumerType
public interface ApplicantNotifier {

    /**
     * Sends one notice; returns normally only once the gateway has accepted it. A notice carries a
     * phone number, an e-mail address or both (never neither): send it where this notifier can.
     *
     * @throws Exception when it was not sent: it will be retried
     */
    void send(ApplicantNotice notice) throws Exception;
}
