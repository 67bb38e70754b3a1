package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The dossier lifecycle of the one-stop mechanism. */
@ProviderType
public interface DossierService {

    /**
     * Receives a dossier now.
     *
     * @throws ValidationException with every problem found; nothing is stored
     */
    Dossier receive(ReceptionRequest request, Actor actor);

    /**
     * Receives a dossier at a given instant (replays and imports; the counter uses
     * {@link #receive(ReceptionRequest, Actor)}).
     */
    Dossier receive(ReceptionRequest request, Actor actor, LocalDateTime receivedAt);

    /** @throws NotFoundException when there is no such dossier */
    Dossier get(String code);

    Page<DossierSummary> search(DossierQuery query);

    /** The dossier's audit trail, oldest first. */
    List<AuditEntry> audit(String code);
}
