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
     * @throws ForbiddenException unless the actor is a reception clerk of the receiving agency
     * @throws ValidationException with every problem found; nothing is stored
     */
    Dossier receive(ReceptionRequest request, Actor actor);

    /**
     * Receives a dossier at a given instant (replays and imports; the counter uses
     * {@link #receive(ReceptionRequest, Actor)}).
     */
    Dossier receive(ReceptionRequest request, Actor actor, LocalDateTime receivedAt);

    /**
     * @throws NotFoundException when there is no such dossier
     * @throws ForbiddenException when the dossier belongs to an agency outside the actor's
     */
    Dossier get(String code, Actor actor);

    /** Dossiers the actor may see: those of the actor's agency and the agencies under it. */
    Page<DossierSummary> search(DossierQuery query, Actor actor);

    /** The dossier's audit trail, oldest first (same access rule as {@link #get}). */
    List<AuditEntry> audit(String code, Actor actor);
}
