package vn.motcua.dossier.core.internal.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.persistence.Query;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Applicants' ratings: one per dossier. */
@Component(service = RatingRepository.class)
public class RatingRepository {

    private final Database db;

    @Activate
    public RatingRepository(@Reference Database db) {
        this.db = db;
    }

    /** @return false when the dossier was rated already */
    public boolean insert(String dossierCode, String agencyCode, java.time.LocalDateTime at, String convenience,
                          String overall, String comment, String indices) {
        try {
            return db.txExpr(em -> {
                Number n = (Number) em.createNativeQuery("SELECT COUNT(*) FROM RATING WHERE DOSSIER_CODE = ?")
                        .setParameter(1, dossierCode).getSingleResult();
                if (n.intValue() > 0) {
                    return false;
                }
                em.createNativeQuery("INSERT INTO RATING (DOSSIER_CODE, AGENCY_CODE, RATED_AT, CONVENIENCE, OVERALL, "
                        + "COMMENT_TEXT, INDICES) VALUES (?, ?, ?, ?, ?, ?, ?)").setParameter(1, dossierCode)
                        .setParameter(2, agencyCode).setParameter(3, Timestamp.valueOf(at)).setParameter(4, convenience)
                        .setParameter(5, overall).setParameter(6, comment).setParameter(7, indices).executeUpdate();
                return true;
            });
        } catch (RuntimeException e) {
            if (JobLeases.duplicateKey(e)) {
                return false; // a concurrent rating of the same dossier won
            }
            throw e;
        }
    }

    /** AGENCY_CODE, RATED_AT, CONVENIENCE, OVERALL, COMMENT_TEXT, INDICES of a dossier's rating, or null. */
    public Object[] find(String dossierCode) {
        return db.jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT AGENCY_CODE, RATED_AT, CONVENIENCE, "
                    + "OVERALL, COMMENT_TEXT, INDICES FROM RATING WHERE DOSSIER_CODE = ?")) {
                ps.setString(1, dossierCode);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Object[] {rs.getString(1), rs.getTimestamp(2).toLocalDateTime(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)} : null;
                }
            }
        });
    }

    /** AGENCY_CODE, CONVENIENCE, OVERALL, INDICES of the ratings in a period, optionally of some agencies. */
    @SuppressWarnings("unchecked")
    public List<Object[]> ratings(LocalDate from, LocalDate to, Collection<String> agencies) {
        StringBuilder sql = new StringBuilder("SELECT AGENCY_CODE, CONVENIENCE, OVERALL, INDICES FROM RATING "
                + "WHERE RATED_AT >= ? AND RATED_AT < ?");
        if (agencies != null) {
            sql.append(" AND AGENCY_CODE IN (").append("?, ".repeat(Math.max(agencies.size() - 1, 0)))
                    .append(agencies.isEmpty() ? "NULL" : "?").append(')');
        }
        return db.txExpr(em -> {
            Query q = em.createNativeQuery(sql.toString()).setParameter(1, Timestamp.valueOf(from.atStartOfDay()))
                    .setParameter(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
            int i = 3;
            if (agencies != null) {
                for (String a : agencies) {
                    q.setParameter(i++, a);
                }
            }
            return new ArrayList<Object[]>(q.getResultList());
        });
    }
}
