package vn.motcua.portal;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Delivers outbox messages to the national portal. Register it as an OSGi service; the one with
 * the highest service ranking is used. Messages of one dossier arrive in order; a message whose
 * delivery throws is retried later with a growing delay, and never blocks the officials. Delivery
 * is at least once: after a crash of the runtime, messages accepted just before it (at most a few
 * dozen) come again, with the same dossier code, sequence and service, by which the receiver
 * recognises them.
 */
@ConsumerType
public interface PortalAdapter {

    /** DongBoHoSoMC: the dossier itself (created, or updated with its new status). */
    String SYNC_DOSSIER = "DongBoHoSoMC";

    /** CapNhatTienDoHoSoMC: one step of its progress. */
    String UPDATE_PROGRESS = "CapNhatTienDoHoSoMC";

    /**
     * Delivers one message; returns normally only once the portal has accepted it.
     *
     * @throws Exception when it was not delivered: it will be retried
     */
    void deliver(PortalMessage message) throws Exception;
}
