package vn.motcua.dossier;

import java.util.List;
import java.util.Map;

/**
 * An agency's satisfaction results for a period.
 *
 * @param convenience how many answered each level to question 10
 * @param overall how many answered each level to question 11
 * @param satisfiedShare share of "rất hài lòng" and "hài lòng" answers to question 11, in percent
 * @param averageIndices average points of indices 1–9
 * @param indexScore their sum (at most 18)
 * @param classification Xuất sắc (over 15), Tốt (12–15), Khá (9–12), Trung bình (6–9), Yếu (under 6)
 */
public record AgencySatisfaction(String agencyCode, String agencyName, long ratings,
                                 Map<Satisfaction, Long> convenience, Map<Satisfaction, Long> overall,
                                 Double satisfiedShare, List<Double> averageIndices, Double indexScore,
                                 String classification) {
}
