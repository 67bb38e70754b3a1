package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Citizens' ratings, per-agency satisfaction, and the yearly ranking of communes. */
@ProviderType
public interface SatisfactionService {

    /**
     * Records the applicant's rating of a returned dossier (once).
     *
     * @throws InvalidTransitionException when the result is not returned yet, or it was rated already
     */
    Rating rate(String dossierCode, Satisfaction convenience, Satisfaction overall, String comment);

    /**
     * The applicant's rating of a dossier, if they gave one (so that the lookup can say so instead
     * of offering the form again).
     *
     * @since 1.6
     */
    Optional<Rating> rating(String dossierCode);

    /** Per agency (within the actor's scope, or the given agency's), for ratings in the period. */
    List<AgencySatisfaction> satisfaction(LocalDate from, LocalDate to, String agencyCode, Actor actor);

    /** The ranking of the communes for a year, by the criteria and weights in force that year. */
    List<RankingRow> ranking(int year, Actor actor);
}
