package vn.motcua.portal;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What waits in the outbox, for the province's integrator: a national portal or an SMS gateway
 * that refuses messages shows here (and in the log once when it starts failing), not only in the
 * applicants' complaints.
 */
@ProviderType
public interface OutboxMonitor {

    /** The outbox now, with the oldest failing messages (at most {@code failures} of them). */
    OutboxStatus status(int failures);

    /**
     * The notices written for one dossier's applicant, oldest first, each with what became of it
     * (since 1.2).
     */
    java.util.List<vn.motcua.notice.NoticeDelivery> notices(String dossierCode);
}
