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

    /**
     * Submits a dossier online (status SUBMITTED): it gets its code now and is checked and accepted
     * (or refused) by the one-stop later.
     *
     * @throws ValidationException with every problem found; nothing is stored
     */
    Dossier submit(ReceptionRequest request, Actor applicant);

    /**
     * Submits a dossier online as of an earlier moment: for replays and for importing dossiers from
     * a system being replaced (see {@link #receive(ReceptionRequest, Actor, LocalDateTime)}).
     */
    Dossier submit(ReceptionRequest request, Actor applicant, LocalDateTime submittedAt);

    /**
     * Takes an action on a dossier now.
     *
     * @throws ForbiddenException when the actor's role, agency or the dossier's current step do not allow it
     * @throws InvalidTransitionException when the dossier's state does not allow it, or the dossier
     *     changed since the version the caller saw (the exception carries the dossier as it is now)
     * @throws ValidationException when what the action needs is missing or malformed
     */
    Dossier act(String code, TransitionRequest request, Actor actor);

    /**
     * The dossiers an agency received in a period, oldest first, for its tracking book (Sổ theo
     * dõi hồ sơ); at most {@code limit}.
     *
     * @throws ForbiddenException when the agency is outside the actor's
     */
    List<Dossier> book(String agencyCode, java.time.LocalDate from, java.time.LocalDate to, int limit, Actor actor);

    /**
     * The dossier's printable result (trích lục, quyết định…) as its field bundle made it at
     * approval, kept with the dossier; empty when there is none.
     */
    java.util.Optional<String> resultDocument(String code, Actor actor);

    /**
     * The actions this actor may take on the dossier now: those its state allows and the actor's
     * role, agency, the current step and the assignee permit (what the action then needs, such as a
     * note, is still checked when it is taken).
     * <p>
     * Computed from a dossier this service has just returned to this actor (by {@link #get},
     * {@link #receive} or {@link #act}) without reading it again: intake and transitions answer with
     * the actions that follow at no extra cost. Actions outside the actor's agency are never among
     * them.
     */
    List<Action> allowedActions(Dossier dossier, Actor actor);

    /**
     * The fee a request would be charged if received now, as its procedure computes it with the
     * agency's local fee (for the counter form to show as pages are typed); nothing is validated
     * beyond what the computation needs, nothing stored.
     *
     * @return the fee, or null when the procedure cannot compute one from this request (a field it
     *     needs still missing, or its bundle failing) (null since 1.7; a zero fee before)
     * @throws NotFoundException when the procedure is not offered
     * @throws ValidationException when a form value can never be right (since 1.7)
     */
    vn.motcua.procedure.Fee quote(ReceptionRequest request);

    /** Takes an action at a given instant (replays and imports). */
    Dossier act(String code, TransitionRequest request, Actor actor, LocalDateTime at);
}
