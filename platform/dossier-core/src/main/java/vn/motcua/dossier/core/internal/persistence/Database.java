package vn.motcua.dossier.core.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.NoSuchElementException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.dossier.ServiceUnavailableException;

/**
 * The one door to the database. It brings the schema up to date before anything else may use it,
 * and keeps trying when the database cannot be reached at start (Karaf stays up and answers 503
 * meanwhile, instead of coming up without its core services). Every transaction goes through here,
 * so that a database that is down or restarting always surfaces as a
 * {@link ServiceUnavailableException}, never as an unexpected error.
 */
@Component(service = Database.class, immediate = true)
public class Database {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String UNAVAILABLE = "Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít phút.";
    private static final long RETRY_SECONDS = 5;

    /** Plain JDBC work inside one transaction. */
    @FunctionalInterface
    public interface SqlWork<R> {
        R apply(Connection c) throws SQLException;
    }

    private final JpaTemplate jpa;
    private final DataSource dataSource;
    /** The connection of the {@link #jdbc} transaction open on this thread, if any. */
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ScheduledExecutorService retry;
    private volatile boolean ready;
    private volatile String lastFailure;

    @Activate
    public Database(@Reference(target = "(osgi.unit.name=motcua)") JpaTemplate jpa,
                    @Reference(target = "(osgi.jndi.service.name=motcua)") DataSource dataSource) {
        this.jpa = jpa;
        this.dataSource = dataSource;
        if (prepare()) {
            retry = null;
        } else {
            retry = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "motcua-database-wait");
                t.setDaemon(true);
                return t;
            });
            retry.schedule(this::retryPrepare, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** For unit tests: plain JDBC only, already migrated. */
    Database(DataSource dataSource) {
        this.jpa = null;
        this.dataSource = dataSource;
        this.retry = null;
        this.ready = true;
    }

    @Deactivate
    void deactivate() {
        if (retry != null) {
            retry.shutdownNow();
        }
    }

    private void retryPrepare() {
        if (!prepare()) {
            retry.schedule(this::retryPrepare, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Migrates the schema and opens the persistence unit; false while the database cannot be reached. */
    private synchronized boolean prepare() {
        if (ready) {
            return true;
        }
        try {
            int version = SchemaMigrator.migrate(dataSource);
            // the first use of the persistence unit logs EclipseLink in; do it now, with the database known
            // to be there, rather than in a clerk's request
            jpa.txExpr(TransactionType.Required, em -> em.createNativeQuery(
                    "SELECT COUNT(*) FROM MOTCUA_SCHEMA").getSingleResult());
            ready = true;
            if (lastFailure != null) {
                LOG.info("The motcua database is reachable again; schema at version {}", version);
            } else {
                LOG.info("motcua database schema at version {}", version);
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            String message = rootMessage(e);
            if (!message.equals(lastFailure)) {
                LOG.error("motcua cannot use its database (etc/org.ops4j.datasource-motcua.cfg): {}. Requests are "
                        + "answered 503 until it can; trying again every {} s.", message, RETRY_SECONDS);
            }
            lastFailure = message;
            return false;
        }
    }

    /** Whether the schema is migrated and the persistence unit open. */
    public boolean isReady() {
        return ready;
    }

    private void requireReady() {
        if (!ready) {
            throw new ServiceUnavailableException(UNAVAILABLE, null);
        }
    }

    /** A transaction that returns a value ({@code Required}: joins one already open on this thread). */
    public <R> R txExpr(EmFunction<R> work) {
        requireReady();
        requireNoJdbcTransaction("JPA work");
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** A transaction that returns nothing. */
    public void tx(EmConsumer work) {
        requireReady();
        requireNoJdbcTransaction("JPA work");
        try {
            jpa.tx(TransactionType.Required, work);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * Refuses {@code work} while a {@link #jdbc} transaction is open on this thread. JPA work would
     * take a second connection from the pool while this thread holds one, which deadlocks once every
     * connection is held by such a caller (see {@link #jdbc}); creating a row that another runtime
     * may create at the same moment needs a transaction of its own, since the loser's duplicate key
     * would fail the transaction it joined. No caller does either; this keeps it so.
     */
    void requireNoJdbcTransaction(String work) {
        if (current.get() != null) {
            throw new IllegalStateException(work + " called inside a plain JDBC transaction");
        }
    }

    /**
     * Plain JDBC in its own transaction, committed when {@code work} returns. Called again from inside
     * {@code work} on the same thread (a transition looking up the official it hands the dossier to),
     * it joins that transaction on its connection. A second connection taken while holding one
     * would wait, once every connection of the pool is held by such a caller, for as long as the
     * pool lets it (10 s in the shipped settings, then 503; for ever in a pool without a maximum wait).
     */
    public <R> R jdbc(SqlWork<R> work) {
        requireReady();
        Connection open = current.get();
        if (open != null) {
            try {
                return work.apply(open);
            } catch (SQLException e) {
                throw translate(new IllegalStateException(e.getMessage(), e));
            }
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            current.set(c);
            try {
                R result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                current.remove();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw translate(new IllegalStateException(e.getMessage(), e));
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** A database that cannot be reached becomes a {@link ServiceUnavailableException}; anything else is kept. */
    static RuntimeException translate(RuntimeException e) {
        if (e instanceof ServiceUnavailableException || !unreachable(e)) {
            return e;
        }
        int unlogged = UNREACHABLE_LINES.admit(System.nanoTime());
        if (unlogged == 0) {
            LOG.warn("Database unreachable: {}", rootMessage(e));
        } else if (unlogged > 0) {
            LOG.warn("Database unreachable: {} ({} more requests failed on it since the last line)", rootMessage(e),
                    unlogged);
        }
        return new ServiceUnavailableException(UNAVAILABLE, e);
    }

    /** During an outage every request fails: one line per 10 s says so (8 clerks made 300 lines in 8 s). */
    private static final LogThrottle UNREACHABLE_LINES = new LogThrottle(10_000_000_000L);

    /** At most one log line per interval for failures of one kind, with how many it stands for. */
    static final class LogThrottle {
        private final long intervalNanos;
        private boolean logged;
        private long last;
        private int unlogged;

        LogThrottle(long intervalNanos) {
            this.intervalNanos = intervalNanos;
        }

        /** @return -1 to stay quiet; otherwise log, and this many failures since the last line were not */
        synchronized int admit(long nanoTime) {
            if (logged && nanoTime - last < intervalNanos) {
                unlogged++;
                return -1;
            }
            int before = unlogged;
            unlogged = 0;
            logged = true;
            last = nanoTime;
            return before;
        }
    }

    /**
     * Whether a failure says that the database could not be reached or went away: SQL state class 08
     * (connection exception), PostgreSQL's 57P01–57P03 (shut down by the administrator, crashed, not
     * accepting connections yet) and 53300 (too many connections), and a pool that could not hand
     * out a connection in time.
     */
    static boolean unreachable(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
                    return true;
                }
                if (s.getCause() instanceof NoSuchElementException) {
                    return true; // dbcp2: "Cannot get a connection, pool error Timeout waiting for idle object"
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Whether a failure is a deadlock or lock timeout that a new attempt of the same transaction may pass. */
    static boolean retryable(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().equals("40001") || s.getSQLState().equals("40P01")
                    || s.getSQLState().equals("40XL1") || s.getSQLState().equals("40XL2"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
