package vn.motcua.dossier.core.internal.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    private static final String PAUSED = "('SUPPLEMENT_REQUESTED', 'FEE_REQUESTED', 'STOPPED')";

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
     * past due at {@code end}, how many paused now.
     */
    public List<Object[]> open(Column group, Filter f, LocalDateTime end) {
        List<Object[]> rows = new ArrayList<>();
        for (String finished : new String[] {"FINISHED_AT IS NULL", "FINISHED_AT >= ?"}) {
            StringBuilder sql = new StringBuilder("SELECT ").append(group == null ? "'*'" : group.name())
                    .append(", COUNT(*), SUM(CASE WHEN DUE_AT < ? THEN 1 ELSE 0 END), SUM(CASE WHEN STATUS IN ")
                    .append(PAUSED).append(" THEN 1 ELSE 0 END) FROM DOSSIER WHERE ").append(finished)
                    .append(" AND RECEIVED_AT < ?");
            List<Object> params = new ArrayList<>();
            params.add(Timestamp.valueOf(end));
            if (finished.contains("?")) {
                params.add(Timestamp.valueOf(end));
            }
            params.add(Timestamp.valueOf(end));
            filter(sql, params, f);
            if (group != null) {
                sql.append(" GROUP BY ").append(group.name());
            }
            rows.addAll(run(sql.toString(), params));
        }
        return rows;
    }

    private static void filter(StringBuilder sql, List<Object> params, Filter f) {
        if (f.agencies() != null) {
            sql.append(" AND AGENCY_CODE IN (");
            int i = 0;
            for (String a : f.agencies()) {
                sql.append(i++ == 0 ? "?" : ", ?");
                params.add(a);
            }
            sql.append(')');
        }
        if (f.field() != null) {
            sql.append(" AND FIELD_CODE = ?");
            params.add(f.field());
        }
        if (f.procedure() != null) {
            sql.append(" AND PROCEDURE_CODE = ?");
            params.add(f.procedure());
        }
        if (f.channel() != null) {
            sql.append(" AND CHANNEL = ?");
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
