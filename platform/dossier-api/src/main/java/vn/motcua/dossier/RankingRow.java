package vn.motcua.dossier;

import java.util.Map;

/**
 * A commune's place in the yearly ranking.
 *
 * @param rank 1 for the first (communes with the same score share a rank); 0 for a commune with no
 *     data on any criterion in the year, listed last
 * @param score the weighted sum of the criteria, out of 100; a criterion without data in the year (no
 *     rating given, nothing finished) does not count, the others' points scaled to the whole
 * @param criteria each criterion's value (0–100, null without data), weight and points
 */
public record RankingRow(int rank, String agencyCode, String agencyName, double score,
                         Map<String, Criterion> criteria) {

    /** One criterion of a commune's score. */
    public record Criterion(String label, Double value, double weight, double points) {
    }
}
