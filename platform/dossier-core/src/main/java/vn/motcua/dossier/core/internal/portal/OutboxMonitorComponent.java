package vn.motcua.dossier.core.internal.portal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.core.internal.persistence.DossierRepository;
import vn.motcua.portal.OutboxMonitor;
import vn.motcua.portal.OutboxStatus;

/**
 * The outbox as the database holds it (so it is the same on every node), apart from the delivery
 * component: that one restarts whenever a portal adapter or notifier comes or goes, and what reads
 * the status must not restart with it.
 */
@Component(service = OutboxMonitor.class)
public class OutboxMonitorComponent implements OutboxMonitor {

    private final DossierRepository repository;

    @Activate
    public OutboxMonitorComponent(@Reference DossierRepository repository) {
        this.repository = repository;
    }

    @Override
    public java.util.List<vn.motcua.notice.NoticeDelivery> notices(String dossierCode) {
        return NoticeHistory.of(repository.outboxOf(dossierCode));
    }

    @Override
    public OutboxStatus status(int failures) {
        return repository.outboxStatus(ApplicantNotices.SERVICE, Math.max(0, Math.min(failures, 100)));
    }
}
