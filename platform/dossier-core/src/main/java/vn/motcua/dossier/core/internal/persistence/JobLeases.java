package vn.motcua.dossier.core.internal.persistence;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Leases on periodic jobs, so that a job that must run once cluster-wide runs on one runtime at a
 * time: a runtime works only while it holds the job's lease and renews it as it goes; a lease
 * that is not renewed expires and another runtime takes it. Expiry is measured by the database's
 * clock, so the runtimes' own clocks need not agree. With one runtime it always holds the lease.
 */
@Component(service = JobLeases.class)
public class JobLeases {

    private static final String NOW = "SELECT CURRENT_TIMESTAMP FROM MOTCUA_SCHEMA WHERE VERSION = 1";
    private static final String TAKE = "UPDATE JOB_LEASE SET HOLDER = ?, LEASED_UNTIL = ? "
            + "WHERE NAME = ? AND (HOLDER = ? OR LEASED_UNTIL < ?)";

    private final Database db;
    private final String holder;

    @Activate
    public JobLeases(@Reference Database db) {
        this(db, System.getProperty("karaf.name", "motcua") + "@" + ManagementFactory.getRuntimeMXBean().getName());
    }

    JobLeases(Database db, String holder) {
        this.db = db;
        this.holder = holder;
    }

    /** Who this runtime is in JOB_LEASE.HOLDER: Karaf's name, the process id and the host. */
    public String holder() {
        return holder;
    }

    /**
     * Takes or renews the lease of a job for {@code length} from now (the database's now).
     *
     * @return true when this runtime holds the lease until then; false when another runtime does
     */
    public boolean acquire(String job, Duration length) {
        Boolean taken = db.jdbc(c -> {
            Timestamp now = now(c);
            try (PreparedStatement ps = c.prepareStatement(TAKE)) {
                ps.setString(1, holder);
                ps.setTimestamp(2, new Timestamp(now.getTime() + length.toMillis()));
                ps.setString(3, job);
                ps.setString(4, holder);
                ps.setTimestamp(5, now);
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM JOB_LEASE WHERE NAME = ?")) {
                ps.setString(1, job);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) > 0 ? Boolean.FALSE : null;
                }
            }
        });
        if (taken != null) {
            return taken;
        }
        // the job's first lease ever: of runtimes creating it at once, the primary key lets one win
        try {
            return db.jdbc(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO JOB_LEASE (NAME, HOLDER, LEASED_UNTIL) VALUES (?, ?, ?)")) {
                    ps.setString(1, job);
                    ps.setString(2, holder);
                    ps.setTimestamp(3, new Timestamp(now(c).getTime() + length.toMillis()));
                    ps.executeUpdate();
                    return true;
                }
            });
        } catch (RuntimeException e) {
            if (duplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Gives the lease up (at a clean stop), so that another runtime need not wait for it to expire. */
    public void release(String job) {
        db.jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE JOB_LEASE SET LEASED_UNTIL = ? WHERE NAME = ? AND HOLDER = ?")) {
                ps.setTimestamp(1, new Timestamp(now(c).getTime() - 1000));
                ps.setString(2, job);
                ps.setString(3, holder);
                return ps.executeUpdate();
            }
        });
    }

    private static Timestamp now(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(NOW)) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }
}
