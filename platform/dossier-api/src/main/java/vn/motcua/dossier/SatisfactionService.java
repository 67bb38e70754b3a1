package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Citizens' ratings, per-agency satisfaction, and the yearly ranking of communes. */
@ProviderType
public interface SatisfactionService {

    /**
     * Records the applicant's rating of a returned dossier (once).
     *
     * @throws InvalidTransitionException when the result is not returned yet, it was rated already, or
     *         the time to rate it has passed ({@link #ratingOpenUntil})
     */
    Rating rate(String dossierCode, Satisfaction convenience, Satisfaction overall, String comment);

    /**
     * The applicant's rating of a dossier, if they gave one (so that the lookup can say so instead
     * of offering the form again).
     *
     * @since 1.6
     */
    Optional<Rating> rating(String dossierCode);

    /**
     * Until when the applicant of a returned dossier may rate it: the end of the day that many days
     * after the return as the province sets, or null when there is no such limit or the result is not returned yet.
     *
     * @since 1.8
     */
    LocalDateTime ratingOpenUntil(Dossier dossier);

    /** Per agency (within the actor's scope, or the given agency's), for ratings in the period. */
    List<AgencySatisfaction> satisfaction(LocalDate from, LocalDate to, String agencyCode, Actor actor);

    /** The ranking of the communes for a year, by the criteria and weights in force that year. */
    List<RankingRow> ranking(int year, Actor actor);
}
