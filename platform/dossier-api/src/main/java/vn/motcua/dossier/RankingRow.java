package vn.motcua.dossier;

import java.util.Map;

/**
 * A commune's place in the yearly ranking.
 *
 * @param score the weighted sum of the criteria, out of 100
 * @param criteria each criterion's value (0–100), weight and points
 */
public record RankingRow(int rank, String agencyCode, String agencyName, double score,
                         Map<String, Criterion> criteria) {

    /** One criterion of a commune's score. */
    public record Criterion(String label, Double value, double weight, double points) {
    }
}
