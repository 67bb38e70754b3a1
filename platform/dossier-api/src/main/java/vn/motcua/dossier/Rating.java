package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An applicant's rating of a returned dossier, with the evaluation indices 1–9 of Circular
 * 01/2018/TT-VPCP computed from the dossier's own data (2, 1 or 0 points each).
 *
 * @param convenience question 10: mức độ thuận tiện khi sử dụng dịch vụ
 * @param overall question 11: đánh giá tổng thể dịch vụ
 * @param indices points of indices 1 to 9, in order
 */
public record Rating(String dossierCode, String agencyCode, LocalDateTime ratedAt, Satisfaction convenience,
                     Satisfaction overall, String comment, List<Integer> indices) {

    public Rating {
        indices = List.copyOf(indices);
    }
}
