package vn.motcua.dossier.core.internal.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The statistics queries: sums of the daily aggregates over a range of days, and the dossiers
 * still open at an instant (a small set, found through the index on FINISHED_AT).
 */
@Component(service = StatsRepository.class)
public class StatsRepository {

    /** A column both DAILY_STATS and DOSSIER have, to group by; null for no grouping. */
    public enum Column {
        AGENCY_CODE, FIELD_CODE, PROCEDURE_CODE, CHANNEL
    }

    /** Filters of a statistics query (null: no filter). */
    public record Filter(Collection<String> agencies, String field, String procedure, String channel) {
    }

    /** The statuses in which a received dossier waits (for the applicant's papers or fee, or stopped). */
    private static final List<String> PAUSED_STATUSES = List.of("SUPPLEMENT_REQUESTED", "FEE_REQUESTED", "STOPPED");
    private static final String PAUSED = "('" + String.join("', '", PAUSED_STATUSES) + "')";

    private final Database db;

    @Activate
    public StatsRepository(@Reference Database db) {
        this.db = db;
    }

    /**
     * Per group and channel: received, early, on time, late, withdrawn, refused, returned, office
     * seconds, over the days from {@code from} (null: since the beginning) to {@code to}.
     */
    public List<Object[]> sums(Column group, Filter f, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT ").append(group == null ? "'*'" : group.name())
                .append(", CHANNEL, SUM(RECEIVED), SUM(FINISHED_EARLY), SUM(FINISHED_ON_TIME), SUM(FINISHED_LATE), "
                        + "SUM(WITHDRAWN), SUM(REFUSED), SUM(RETURNED), SUM(PROCESSING_SECONDS) FROM DAILY_STATS "
                        + "WHERE STAT_DAY <= ?");
        List<Object> params = new ArrayList<>();
        params.add(Date.valueOf(to));
        if (from != null) {
            sql.append(" AND STAT_DAY >= ?");
            params.add(Date.valueOf(from));
        }
        filter(sql, params, f);
        sql.append(" GROUP BY ").append(group == null ? "" : group.name() + ", ").append("CHANNEL");
        return run(sql.toString(), params);
    }

    /**
     * Per group: dossiers received before {@code end} and not finished by then — how many, how many
     * of them paused at {@code end} (waiting for the applicant, for a fee, or stopped), and how many
     * of the others past due at {@code end}. Each dossier is in one of the three: in progress within
     * time, in progress overdue, paused.
     *
     * @param now whether {@code end} is the present: the dossiers' status says who is paused; for an
     *     instant in the past, the status their audit trail had then
     */
    public List<Object[]> open(Column group, Filter f, LocalDateTime end, boolean now) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp at = Timestamp.valueOf(end);
        for (String finished : new String[] {"FINISHED_AT IS NULL", "FINISHED_AT >= ?"}) {
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT ").append(group == null ? "'*'" : "D." + group.name());
            if (now) {
                sql.append(", COUNT(*), SUM(CASE WHEN STATUS NOT IN ").append(PAUSED)
                        .append(" AND DUE_AT < ? THEN 1 ELSE 0 END), SUM(CASE WHEN STATUS IN ").append(PAUSED)
                        .append(" THEN 1 ELSE 0 END) FROM DOSSIER D");
                params.add(at);
            } else {
                // the status of the dossier's last audit entry before the instant (a few thousand open
                // dossiers at most, each read through the audit trail's key)
                sql.append(", D.DUE_AT, A.TO_STATUS FROM DOSSIER D, AUDIT_ENTRY A");
            }
            sql.append(" WHERE D.").append(finished).append(" AND D.RECEIVED_AT < ?");
            if (finished.contains("?")) {
                params.add(at);
            }
            params.add(at);
            filter(sql, params, f, "D.");
            if (now) {
                if (group != null) {
                    sql.append(" GROUP BY D.").append(group.name());
                }
                rows.addAll(run(sql.toString(), params));
                continue;
            }
            sql.append(" AND A.DOSSIER_CODE = D.CODE AND A.SEQ = (SELECT MAX(B.SEQ) FROM AUDIT_ENTRY B "
                    + "WHERE B.DOSSIER_CODE = D.CODE AND B.ACTED_AT < ?)");
            params.add(at);
            Map<String, long[]> byGroup = new LinkedHashMap<>();
            for (Object[] r : run(sql.toString(), params)) {
                long[] sums = byGroup.computeIfAbsent(String.valueOf(r[0]), k -> new long[3]);
                sums[0]++;
                if (PAUSED_STATUSES.contains(String.valueOf(r[2]).strip())) {
                    sums[2]++;
                } else if (r[1] != null && ((Timestamp) r[1]).before(at)) {
                    sums[1]++;
                }
            }
            byGroup.forEach((key, sums) -> rows.add(new Object[] {key, sums[0], sums[1], sums[2]}));
        }
        return rows;
    }

    private static void filter(StringBuilder sql, List<Object> params, Filter f) {
        filter(sql, params, f, "");
    }

    /** The filter's conditions on the columns of the table {@code prefix} names ("D.", or "" alone). */
    private static void filter(StringBuilder sql, List<Object> params, Filter f, String prefix) {
        if (f.agencies() != null) {
            sql.append(" AND ").append(prefix).append("AGENCY_CODE IN (");
            int i = 0;
            for (String a : f.agencies()) {
                sql.append(i++ == 0 ? "?" : ", ?");
                params.add(a);
            }
            sql.append(')');
        }
        if (f.field() != null) {
            sql.append(" AND ").append(prefix).append("FIELD_CODE = ?");
            params.add(f.field());
        }
        if (f.procedure() != null) {
            sql.append(" AND ").append(prefix).append("PROCEDURE_CODE = ?");
            params.add(f.procedure());
        }
        if (f.channel() != null) {
            sql.append(" AND ").append(prefix).append("CHANNEL = ?");
            params.add(f.channel());
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> run(String sql, List<Object> params) {
        return db.txExpr((EntityManager em) -> {
            Query q = em.createNativeQuery(sql);
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            for (Object r : q.getResultList()) {
                rows.add(r instanceof Object[] a ? a : new Object[] {r});
            }
            return rows;
        });
    }
}
