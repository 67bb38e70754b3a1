package vn.motcua.dossier.core.internal.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierQuery;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.Page;
import vn.motcua.dossier.Role;
import vn.motcua.dossier.core.internal.DossierCodes;
import vn.motcua.procedure.ProcessStep;

/**
 * All database access of the core: one place for every JpaTemplate use. The persistence unit is
 * resource-local (one database: XA would only add a coordination round to every commit), so every
 * use, reads included, runs in a short {@code Required} transaction.
 * <p>
 * Several runtimes may share the database (PostgreSQL, READ COMMITTED): every counter is taken by a
 * single-row {@code UPDATE … SET LAST_NUMBER = LAST_NUMBER + 1}, which locks the row until the
 * commit and, when it had to wait, applies to the value the other transaction committed; a missing
 * counter row is created in its own transaction, where of concurrent creators the primary key
 * lets one win and the others find it. A deadlock or lock timeout retries the whole change.
 */
@Component(service = DossierRepository.class)
public class DossierRepository {

    private static final Logger LOG = LoggerFactory.getLogger(DossierRepository.class);

    private static final String NEXT_NUMBER =
            "UPDATE DOSSIER_COUNTER SET LAST_NUMBER = LAST_NUMBER + 1 WHERE AGENCY_CODE = ? AND RECEIVED_DAY = ?";
    private static final String READ_NUMBER =
            "SELECT LAST_NUMBER FROM DOSSIER_COUNTER WHERE AGENCY_CODE = ? AND RECEIVED_DAY = ?";
    /** At the counter a dossier is received as it is submitted: its code and reception number, one row. */
    private static final String NEXT_NUMBER_RECEIVED = "UPDATE DOSSIER_COUNTER SET LAST_NUMBER = LAST_NUMBER + 1, "
            + "LAST_RECEIVED = LAST_RECEIVED + 1 WHERE AGENCY_CODE = ? AND RECEIVED_DAY = ?";
    private static final String READ_NUMBER_RECEIVED =
            "SELECT LAST_NUMBER, LAST_RECEIVED FROM DOSSIER_COUNTER WHERE AGENCY_CODE = ? AND RECEIVED_DAY = ?";
    /** An online submission accepted: its reception number only (its code it has had since it was sent). */
    private static final String NEXT_RECEIVED =
            "UPDATE DOSSIER_COUNTER SET LAST_RECEIVED = LAST_RECEIVED + 1 WHERE AGENCY_CODE = ? AND RECEIVED_DAY = ?";
    private static final String READ_RECEIVED =
            "SELECT LAST_RECEIVED FROM DOSSIER_COUNTER WHERE AGENCY_CODE = ? AND RECEIVED_DAY = ?";
    private static final String COUNT_COUNTER =
            "SELECT COUNT(*) FROM DOSSIER_COUNTER WHERE AGENCY_CODE = ? AND RECEIVED_DAY = ?";
    private static final String CREATE_COUNTER =
            "INSERT INTO DOSSIER_COUNTER (AGENCY_CODE, RECEIVED_DAY, LAST_NUMBER) VALUES (?, ?, 0)";

    private final Database db;
    /** The newest day for which each agency's counter row is known to exist. */
    private final ConcurrentHashMap<String, LocalDate> countersReady = new ConcurrentHashMap<>();

    @Activate
    public DossierRepository(@Reference Database db) {
        this.db = db;
    }

    /**
     * Stores a newly received dossier with its first audit entry and gives it the next code of
     * its agency and receipt day. The counter row is locked from the increment to the commit, so
     * codes are unique across threads and nodes, and gap-free unless a transaction fails.
     *
     * @return the dossier's code
     */
    public String insertReceived(DossierEntity dossier, AuditEntryEntity first,
                                 Function<DossierEntity, List<OutboxEntry>> outbox, StatsDelta stats) {
        String agency = dossier.getAgencyCode();
        LocalDate day = dossier.getSubmittedAt().toLocalDate();
        ensureCounter(agency, day);
        if (stats != null) {
            ensureStats(stats);
        }
        Date sqlDay = Date.valueOf(day);
        for (int attempt = 1; ; attempt++) {
            try {
                return insertOnce(dossier, first, outbox, stats, agency, day, sqlDay);
            } catch (RuntimeException e) {
                RowMissing missing = rowMissing(e);
                if (missing != null && attempt < MAX_ATTEMPTS) {
                    missing.create.run(); // the statistics row was removed behind our cache
                } else if (!(Database.retryable(e) && attempt < MAX_ATTEMPTS)) {
                    throw e;
                }
                LOG.debug("Intake at {} retried (attempt {}): {}", agency, attempt, e.toString());
            }
        }
    }

    /** Attempts of one change when it meets a missing counter row, a deadlock or a lock timeout. */
    private static final int MAX_ATTEMPTS = 4;

    private static RowMissing rowMissing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RowMissing m) {
                return m;
            }
        }
        return null;
    }

    /**
     * One attempt, in plain JDBC (see {@link DossierRows}): the counter, the statistics, then
     * the rows; a failure rolls all of it back.
     */
    private String insertOnce(DossierEntity dossier, AuditEntryEntity first,
                              Function<DossierEntity, List<OutboxEntry>> outbox, StatsDelta stats, String agency,
                              LocalDate day, Date sqlDay) {
        return db.jdbc(c -> {
            boolean received = dossier.getReceivedAt() != null;
            int[] numbers = received ? takeNext(c, NEXT_NUMBER_RECEIVED, READ_NUMBER_RECEIVED, 2, agency, sqlDay)
                    : takeNext(c, NEXT_NUMBER, READ_NUMBER, 1, agency, sqlDay);
            if (numbers == null) {
                throw new IllegalStateException("no dossier counter for " + agency + " on " + day);
            }
            String code = DossierCodes.format(agency, day, numbers[0]);
            if (received) {
                dossier.setReceptionNumber(DossierCodes.receptionNumber(day, numbers[1]));
            }
            if (stats != null) {
                applyStats(c, stats);
            }
            dossier.setCode(code);
            dossier.setFirstVersion();
            first.setDossierCode(code);
            List<OutboxEntry> messages = outbox.apply(dossier);
            for (OutboxEntry o : messages) {
                o.setDossierCode(code);
            }
            DossierRows.insert(c, dossier, first, messages);
            return code;
        });
    }

    /**
     * What an action writes besides the dossier itself (and its printable result, if it made
     * one); or, when the action is refused before anything changed, the refusal to throw once the
     * (empty) transaction is over, so that a refusal is an answer, not a rollback.
     */
    public record Changes(List<AuditEntryEntity> audit, List<OutboxEntry> outbox, String resultDocument,
                          List<StatsDelta> stats, RuntimeException refusal) {
        public static Changes refused(RuntimeException refusal) {
            return new Changes(List.of(), List.of(), null, List.of(), refusal);
        }
    }

    /** Numbers in registers (sổ), taken inside the transaction of the action that needs them. */
    public interface Registers {
        /** The next number of a register for an agency and a year: unique and gap-free. */
        int next(String book, String agency, int year);

        /** The next reception number of an agency on a day ("yyMMdd-NNNN"), for a dossier it accepts. */
        String reception(String agency, LocalDate day);
    }

    /**
     * A counter row (register, daily statistics) does not exist yet: it is created in its own
     * transaction (a concurrent creator may win), then the whole change is retried.
     */
    static final class RowMissing extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Runnable create;

        RowMissing(String what, Runnable create) {
            super("no row yet: " + what, null, false, false);
            this.create = create;
        }
    }

    /**
     * What a change adds to the daily statistics of its day, agency, procedure and channel: kept
     * with the change itself, so that reports sum a few rows per day instead of reading dossiers.
     */
    public record StatsDelta(LocalDate day, String agency, String procedure, String channel, String field,
                             int received, int early, int onTime, int late, int withdrawn, int refused,
                             int returned, long processingSeconds) {
    }

    private static final String ADD_STATS = "UPDATE DAILY_STATS SET RECEIVED = RECEIVED + ?, "
            + "FINISHED_EARLY = FINISHED_EARLY + ?, FINISHED_ON_TIME = FINISHED_ON_TIME + ?, "
            + "FINISHED_LATE = FINISHED_LATE + ?, WITHDRAWN = WITHDRAWN + ?, REFUSED = REFUSED + ?, "
            + "RETURNED = RETURNED + ?, PROCESSING_SECONDS = PROCESSING_SECONDS + ? "
            + "WHERE STAT_DAY = ? AND AGENCY_CODE = ? AND PROCEDURE_CODE = ? AND CHANNEL = ?";
    /** Keys of statistics rows known to exist (bounded: cleared when large). */
    private final java.util.Set<String> statsReady = ConcurrentHashMap.newKeySet();

    private void applyStats(Connection c, StatsDelta s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(ADD_STATS)) {
            p.setInt(1, s.received());
            p.setInt(2, s.early());
            p.setInt(3, s.onTime());
            p.setInt(4, s.late());
            p.setInt(5, s.withdrawn());
            p.setInt(6, s.refused());
            p.setInt(7, s.returned());
            p.setLong(8, s.processingSeconds());
            p.setDate(9, Date.valueOf(s.day()));
            p.setString(10, s.agency());
            p.setString(11, s.procedure());
            p.setString(12, s.channel());
            if (p.executeUpdate() == 0) {
                throw new RowMissing("statistics " + statsKey(s), () -> createStats(s));
            }
        }
    }

    private static String statsKey(StatsDelta s) {
        return s.day() + "|" + s.agency() + "|" + s.procedure() + "|" + s.channel();
    }

    private void ensureStats(StatsDelta s) {
        if (!statsReady.contains(statsKey(s))) {
            createStats(s);
        }
    }

    private static final String COUNT_STATS = "SELECT COUNT(*) FROM DAILY_STATS "
            + "WHERE STAT_DAY = ? AND AGENCY_CODE = ? AND PROCEDURE_CODE = ? AND CHANNEL = ?";
    private static final String CREATE_STATS = "INSERT INTO DAILY_STATS (STAT_DAY, AGENCY_CODE, PROCEDURE_CODE, "
            + "CHANNEL, FIELD_CODE, RECEIVED, FINISHED_EARLY, FINISHED_ON_TIME, FINISHED_LATE, WITHDRAWN, REFUSED, "
            + "RETURNED, PROCESSING_SECONDS) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0)";

    private void createStats(StatsDelta s) {
        Date day = Date.valueOf(s.day());
        createRow("statistics " + statsKey(s), COUNT_STATS, CREATE_STATS,
                day, s.agency(), s.procedure(), s.channel(), s.field());
        if (statsReady.size() > 50_000) {
            statsReady.clear();
        }
        statsReady.add(statsKey(s));
    }

    /**
     * Creates a counter row unless it exists, in its own transaction (plain JDBC: no transaction is
     * open on this thread when it is called). Of runtimes creating the same row at once, the
     * primary key lets one insert; the others fail, then find the row and go on. Any other failure
     * (the database down) is not hidden.
     *
     * @param count  counts the row by its key (the first parameters)
     * @param insert inserts it (all the parameters)
     */
    private void createRow(String what, String count, String insert, Object... values) {
        db.requireNoJdbcTransaction("creating " + what);
        int keys = (int) count.chars().filter(ch -> ch == '?').count();
        try {
            db.jdbc(c -> {
                if (!exists(c, count, keys, values)) {
                    try (PreparedStatement p = c.prepareStatement(insert)) {
                        bindAll(p, values.length, values);
                        p.executeUpdate();
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (!JobLeases.duplicateKey(e) || !db.jdbc(c -> exists(c, count, keys, values))) {
                throw e;
            }
            LOG.debug("{} created concurrently by another transaction", what);
        }
    }

    private static boolean exists(Connection c, String count, int keys, Object[] values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(count)) {
            bindAll(p, keys, values);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getInt(1) > 0;
            }
        }
    }

    /** Binds the first {@code n} values, in order. */
    private static void bindAll(PreparedStatement p, int n, Object[] values) throws SQLException {
        for (int i = 0; i < n; i++) {
            p.setObject(i + 1, values[i]);
        }
    }

    private static final String NEXT_REGISTER_NUMBER = "UPDATE REGISTER_COUNTER SET LAST_NUMBER = LAST_NUMBER + 1 "
            + "WHERE BOOK = ? AND AGENCY_CODE = ? AND REGISTER_YEAR = ?";
    private static final String READ_REGISTER_NUMBER = "SELECT LAST_NUMBER FROM REGISTER_COUNTER "
            + "WHERE BOOK = ? AND AGENCY_CODE = ? AND REGISTER_YEAR = ?";

    private void createRegister(String book, String agency, int year) {
        createRow("register " + book + "/" + agency + "/" + year,
                "SELECT COUNT(*) FROM REGISTER_COUNTER WHERE BOOK = ? AND AGENCY_CODE = ? AND REGISTER_YEAR = ?",
                "INSERT INTO REGISTER_COUNTER (BOOK, AGENCY_CODE, REGISTER_YEAR, LAST_NUMBER) VALUES (?, ?, ?, 0)",
                book, agency, year);
    }

    /**
     * The dossiers whose clock runs (received, in process, transferred) and whose due instant is
     * after {@code now}, with what their due instants are computed from (the code, reception, time
     * limit, count start, budget, clock, due instants, step, process, status and transfer deadline;
     * nothing else is read): those
     * a change of the working calendar may move. By the index on (status, due instant), so the open
     * ones only are read.
     */
    public List<DossierEntity> runningDueAfter(LocalDateTime now) {
        return db.jdbc(c -> {
            List<DossierEntity> rows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT CODE, RECEIVED_AT, TIME_LIMIT_AMOUNT, "
                    + "TIME_LIMIT_UNIT, COUNT_FROM, RUNNING_SINCE, BUDGET_SECONDS, CONSUMED_SECONDS, DUE_AT, "
                    + "STEP_DUE_AT, STEP_INDEX, PROCESS_JSON, STATUS, TRANSFER_DUE_AT FROM DOSSIER "
                    + "WHERE STATUS IN (?, ?, ?) AND DUE_AT > ? AND RUNNING_SINCE IS NOT NULL")) {
                p.setString(1, DossierStatus.RECEIVED.name());
                p.setString(2, DossierStatus.IN_PROCESS.name());
                p.setString(3, DossierStatus.TRANSFERRED.name());
                p.setTimestamp(4, Timestamp.valueOf(now));
                p.setFetchSize(500);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        DossierEntity d = new DossierEntity();
                        d.setCode(r.getString(1));
                        d.setReceivedAt(time(r.getTimestamp(2)));
                        d.setTimeLimitAmount(r.getInt(3));
                        d.setTimeLimitUnit(vn.motcua.calendar.TimeLimitUnit.valueOf(r.getString(4)));
                        d.setCountFrom(time(r.getTimestamp(5)));
                        d.setRunningSince(time(r.getTimestamp(6)));
                        d.setBudgetSeconds(r.getLong(7));
                        d.setConsumedSeconds(r.getLong(8));
                        d.setDueAt(time(r.getTimestamp(9)));
                        d.setStepDueAt(time(r.getTimestamp(10)));
                        d.setStepIndex(r.getInt(11));
                        d.setProcessJson(r.getString(12));
                        d.setStatus(DossierStatus.valueOf(r.getString(13)));
                        d.setTransferDueAt(time(r.getTimestamp(14)));
                        rows.add(d);
                    }
                }
            }
            return rows;
        });
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    /**
     * Changes a dossier in one transaction: reads it, applies the change, appends its audit entries
     * and outbox messages, and writes. The dossier's version makes concurrent changes exclusive:
     * of two, the second fails with {@link ConcurrentChangeException} and stores nothing.
     *
     * @param change may throw a domain exception to refuse; nothing is then stored
     * @return what {@code mapper} makes of the changed dossier
     */
    public <R> R transition(String code, java.util.function.BiFunction<DossierEntity, Registers, Changes> change,
                            Function<DossierEntity, R> mapper) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transitionOnce(code, change, mapper);
            } catch (RowMissing m) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new IllegalStateException(m.getMessage());
                }
                m.create.run();
            } catch (RuntimeException e) {
                if (!Database.retryable(e) || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("Change of {} retried (attempt {}): {}", code, attempt, e.toString());
            }
        }
    }

    /**
     * One attempt, in one plain-JDBC transaction (see {@link DossierRows}): the dossier is read, the
     * change applied (register numbers taken on the same connection), and written: the columns it
     * touched with the next version, provided no other change was stored since the read, and what it
     * adds (audit, outbox, result, statistics). Reads the change makes through other components
     * (the catalogue, the directory) are reads of reference data in transactions of their own.
     */
    private <R> R transitionOnce(String code, java.util.function.BiFunction<DossierEntity, Registers, Changes> change,
                                 Function<DossierEntity, R> mapper) {
        RuntimeException[] refused = new RuntimeException[1];
        R result;
        try {
            result = db.jdbc(c -> {
                DossierEntity d = DossierRows.find(c, code);
                if (d == null) {
                    refused[0] = new vn.motcua.dossier.NotFoundException("dossier.not-found",
                            "Không có hồ sơ mã " + code + ".");
                    return null;
                }
                Object[] before = DossierRows.snapshot(d);
                List<DocumentRow> documentsBefore = new ArrayList<>(d.getDocuments());
                Registers registers = new Registers() {
                    @Override
                    public int next(String book, String agency, int year) {
                        return nextRegisterNumber(c, book, agency, year);
                    }

                    @Override
                    public String reception(String agency, LocalDate day) {
                        return nextReceptionNumber(c, agency, day);
                    }
                };
                Changes ch = change.apply(d, registers);
                if (ch.refusal() != null) {
                    refused[0] = ch.refusal();
                    return null;
                }
                if (!DossierRows.update(c, d, before, documentsBefore)) {
                    throw new ConcurrentChangeException(null);
                }
                for (AuditEntryEntity a : ch.audit()) {
                    a.setDossierCode(code);
                }
                for (OutboxEntry o : ch.outbox()) {
                    o.setDossierCode(code);
                }
                DossierRows.insert(c, ch.audit(), ch.outbox());
                if (ch.resultDocument() != null) {
                    try (PreparedStatement p = c.prepareStatement(INSERT_RESULT)) {
                        p.setString(1, code);
                        p.setString(2, ch.resultDocument());
                        p.executeUpdate();
                    }
                }
                // always in the same order, so that two changes never wait for each other's rows
                List<StatsDelta> deltas = new ArrayList<>(ch.stats());
                deltas.sort(java.util.Comparator.comparing(DossierRepository::statsKey));
                for (StatsDelta delta : deltas) {
                    applyStats(c, delta);
                }
                return mapper.apply(d);
            });
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RowMissing m) {
                    throw m;
                }
                if (t instanceof ConcurrentChangeException c) {
                    throw c; // the version read is no longer the stored one
                }
            }
            if (isConflict(e)) {
                throw new ConcurrentChangeException(e);
            }
            throw e;
        }
        if (refused[0] != null) {
            throw refused[0];
        }
        return result;
    }

    private static final String INSERT_RESULT = "INSERT INTO DOSSIER_RESULT (DOSSIER_CODE, HTML) VALUES (?, ?)";

    /** The next reception number of an agency's day, on the connection of the change that takes it. */
    private String nextReceptionNumber(Connection c, String agency, LocalDate day) {
        try {
            int[] number = takeNext(c, NEXT_RECEIVED, READ_RECEIVED, 1, agency, Date.valueOf(day));
            if (number == null) {
                throw new RowMissing("dossier counter " + agency + "/" + day, () -> ensureCounter(agency, day));
            }
            return DossierCodes.receptionNumber(day, number[0]);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The next number of a register, on the connection of the change that takes it. */
    private int nextRegisterNumber(Connection c, String book, String agency, int year) {
        try {
            int[] number = takeNext(c, NEXT_REGISTER_NUMBER, READ_REGISTER_NUMBER, 1, book, agency, year);
            if (number == null) {
                throw new RowMissing("register " + book + "/" + agency + "/" + year,
                        () -> createRegister(book, agency, year));
            }
            return number[0];
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Takes the next number of a counter row: its increment (which locks the row until the commit)
     * and the {@code columns} values it now holds (those {@code read} selects), both by the same key;
     * null when there is no such row.
     */
    private static int[] takeNext(Connection c, String increment, String read, int columns, Object... key)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(increment)) {
            bindAll(p, key.length, key);
            if (p.executeUpdate() == 0) {
                return null;
            }
        }
        try (PreparedStatement p = c.prepareStatement(read)) {
            bindAll(p, key.length, key);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                int[] values = new int[columns];
                for (int i = 0; i < values.length; i++) {
                    values[i] = r.getInt(i + 1);
                }
                return values;
            }
        }
    }

    /**
     * A duplicate key (an audit entry or a result that a concurrent change wrote first): the mark of
     * a concurrent change. Transitions no longer go through the unit of work, so there is no
     * optimistic-lock failure to look for.
     */
    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || (t instanceof SQLException s && s.getSQLState() != null
                    && s.getSQLState().startsWith("23"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Keeps a printable result made after the approval (its bundle was away or failing then); of two
     * made at once, the first stored is kept and returned.
     */
    public String keepResult(String code, String html) {
        try {
            db.jdbc(c -> {
                try (PreparedStatement p = c.prepareStatement(INSERT_RESULT)) {
                    p.setString(1, code);
                    p.setString(2, html);
                    p.executeUpdate();
                }
                return null;
            });
            return html;
        } catch (RuntimeException e) {
            if (!isConflict(e)) {
                throw e;
            }
            return result(code).orElse(html);
        }
    }

    /** The printable result kept with a dossier, if it has one. */
    public Optional<String> result(String code) {
        return Optional.ofNullable(db.txExpr(em -> {
            DossierResultEntity r = em.find(DossierResultEntity.class, code);
            return r == null ? null : r.getHtml();
        }));
    }

    /**
     * The procedures defined as data (JSON), by code: read at start and every 10 s on every node, by
     * plain JDBC (two columns in key order need no entity manager).
     */
    public Map<String, String> procedureData() {
        return db.jdbc(c -> {
            Map<String, String> all = new java.util.LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT CODE, DEFINITION FROM PROCEDURE_DATA ORDER BY CODE");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    all.put(r.getString(1), r.getString(2));
                }
            }
            return all;
        });
    }

    public void saveProcedureData(String code, String json, java.time.LocalDateTime at, String by) {
        db.tx(em -> {
            ProcedureDataEntity p = em.find(ProcedureDataEntity.class, code);
            if (p == null) {
                em.persist(new ProcedureDataEntity(code, json, at, by));
            } else {
                p.update(json, at, by);
            }
        });
    }

    public boolean deleteProcedureData(String code) {
        return db.txExpr(em -> {
            ProcedureDataEntity p = em.find(ProcedureDataEntity.class, code);
            if (p != null) {
                em.remove(p);
            }
            return p != null;
        });
    }

    /**
     * Pending messages in delivery order, created at or after {@code since} (null: all). The
     * delivery order index keeps the leaf pages that delivered messages left empty (Derby does not
     * merge them), so a read from the start of the pending range walks all of them: thousands of
     * pages after a day's intake. Starting at a recent instant descends the tree straight to the
     * live messages.
     */
    /** Every outbox row of one dossier, delivered or not (read through the table's key). */
    public List<OutboxEntry> outboxOf(String dossierCode) {
        return db.jdbc(c -> DossierRows.outboxOf(c, dossierCode));
    }

    public List<OutboxEntry> pendingOutbox(int limit, java.time.LocalDateTime since) {
        // plain JDBC: the rows are recorded by plain UPDATEs, never through the unit of work, and
        // the outbox runs beside intake, so building entities for each round was pure cost
        return db.jdbc(c -> DossierRows.pendingOutbox(c, limit, since));
    }

    /**
     * Records deliveries in one transaction, one batched UPDATE by primary key each (no read
     * first): the outbox runs beside intake, so its cost counts against the hot path.
     */
    public void outboxDelivered(List<OutboxEntry> entries, java.time.LocalDateTime at) {
        db.jdbc(c -> {
            try (PreparedStatement update = c.prepareStatement(OUTBOX_DELIVERED)) {
                java.sql.Timestamp when = java.sql.Timestamp.valueOf(at);
                for (OutboxEntry e : entries) {
                    update.setString(1, OutboxEntry.DELIVERED);
                    update.setTimestamp(2, when);
                    update.setString(3, e.getDossierCode());
                    update.setInt(4, e.getSeq());
                    update.setString(5, e.getService());
                    update.addBatch();
                }
                return update.executeBatch().length;
            }
        });
        for (OutboxEntry e : entries) {
            e.delivered(at);
        }
    }

    private static final String OUTBOX_DELIVERED = "UPDATE OUTBOX SET STATE = ?, DELIVERED_AT = ?, "
            + "ATTEMPTS = ATTEMPTS + 1, LAST_ERROR = NULL WHERE DOSSIER_CODE = ? AND SEQ = ? AND SERVICE = ?";

    public void outboxFailed(OutboxEntry e, java.time.LocalDateTime next, String error) {
        outboxFailed(e, next, error, null);
    }

    /** @param remaining what is left to deliver when a part went (null: the whole row again) */
    public void outboxFailed(OutboxEntry e, java.time.LocalDateTime next, String error, String remaining) {
        db.tx(em -> {
            OutboxEntry stored = em.find(OutboxEntry.class,
                    new OutboxEntry.Key(e.getDossierCode(), e.getSeq(), e.getService()));
            stored.failed(next, error);
            if (remaining != null) {
                stored.narrow(remaining);
            }
        });
    }

    /**
     * Keeps a message that failed apart from the row it came in, to be retried on its own (a notice
     * to the applicant whose gateway is down must not hold up the dossier's portal messages). After
     * a crash the row may be delivered again and fail again: the message is kept once.
     */
    public void outboxDeferred(OutboxEntry message, java.time.LocalDateTime next, String error, boolean tried) {
        db.tx(em -> {
            if (em.find(OutboxEntry.class, new OutboxEntry.Key(message.getDossierCode(), message.getSeq(),
                    message.getService())) == null) {
                if (tried) {
                    message.failed(next, error);
                } else {
                    message.waiting(next, error);
                }
                em.persist(message);
            }
        });
    }

    /**
     * What waits in the outbox: the pending rows by kind, and the oldest failing ones. Both read
     * the pending rows only, through the index on (state, time).
     *
     * @param noticeService the service of a notice kept apart to be retried
     */
    public vn.motcua.portal.OutboxStatus outboxStatus(String noticeService, int failures) {
        return db.jdbc(c -> {
            int pending = 0;
            int notices = 0;
            int failing = 0;
            java.time.LocalDateTime oldest = null;
            try (PreparedStatement q = c.prepareStatement(OUTBOX_PENDING_COUNTS)) {
                q.setString(1, OutboxEntry.PENDING);
                try (java.sql.ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        int n = r.getInt(2);
                        if (noticeService.equals(r.getString(1))) {
                            notices += n;
                        } else {
                            pending += n;
                        }
                        java.time.LocalDateTime first = r.getTimestamp(3).toLocalDateTime();
                        oldest = oldest == null || first.isBefore(oldest) ? first : oldest;
                        failing += r.getInt(4);
                    }
                }
            }
            List<vn.motcua.portal.OutboxStatus.Failure> failed = new ArrayList<>();
            if (failing > 0 && failures > 0) {
                try (PreparedStatement q = c.prepareStatement(OUTBOX_FAILING)) {
                    q.setString(1, OutboxEntry.PENDING);
                    q.setMaxRows(failures);
                    try (java.sql.ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            failed.add(new vn.motcua.portal.OutboxStatus.Failure(r.getString(1), r.getInt(2),
                                    noticeService.equals(r.getString(3)) ? "NOTICE" : "PORTAL", r.getInt(4),
                                    r.getTimestamp(5).toLocalDateTime(), r.getTimestamp(6).toLocalDateTime(),
                                    r.getString(7)));
                        }
                    }
                }
            }
            return new vn.motcua.portal.OutboxStatus(pending, notices, oldest, failing, List.copyOf(failed));
        });
    }

    private static final String OUTBOX_PENDING_COUNTS = "SELECT SERVICE, COUNT(*), MIN(CREATED_AT), "
            + "SUM(CASE WHEN ATTEMPTS > 0 THEN 1 ELSE 0 END) FROM OUTBOX WHERE STATE = ? GROUP BY SERVICE";
    private static final String OUTBOX_FAILING = "SELECT DOSSIER_CODE, SEQ, SERVICE, ATTEMPTS, CREATED_AT, "
            + "NEXT_ATTEMPT_AT, LAST_ERROR FROM OUTBOX WHERE STATE = ? AND ATTEMPTS > 0 ORDER BY CREATED_AT";

    /** Creates the agency's counter row for the day once; a concurrent creator may win. */
    private void ensureCounter(String agency, LocalDate day) {
        if (day.equals(countersReady.get(agency))) {
            return;
        }
        Date sqlDay = Date.valueOf(day);
        createRow("dossier counter " + agency + "/" + day, COUNT_COUNTER, CREATE_COUNTER, agency, sqlDay);
        countersReady.merge(agency, day, (a, b) -> a.isAfter(b) ? a : b);
    }

    /**
     * Reads are read-only queries: their objects are not tracked for changes, so the transaction
     * around them commits nothing and costs nothing at commit.
     */
    private static final String READ_ONLY = "eclipselink.read-only";

    /** The dossier with its documents (two reads by key, plain JDBC: see {@link DossierRows#find}). */
    public <R> Optional<R> find(String code, Function<DossierEntity, R> mapper) {
        return db.jdbc(c -> {
            DossierEntity d = DossierRows.find(c, code);
            return d == null ? Optional.<R>empty() : Optional.of(mapper.apply(d));
        });
    }

    /**
     * An agency's dossiers submitted in a period and received (an online submission still waiting for
     * the clerk, or refused, was never received: the tracking book does not record it), with their
     * documents in one more query, not one each.
     */
    public <R> List<R> book(String agency, LocalDate from, LocalDate to, int limit, Function<DossierEntity, R> mapper) {
        return db.txExpr(em -> {
            List<R> result = new ArrayList<>();
            // received in the period, in the order received (an online submission enters the book the
            // day it is accepted); the agency's index on the submission time bounds the search to what
            // was sent in the year before the period
            for (DossierEntity d : em.createQuery("SELECT d FROM DossierEntity d WHERE d.agencyCode = :agency "
                    + "AND d.submittedAt >= :sentFrom AND d.submittedAt < :to "
                    + "AND d.receivedAt >= :from AND d.receivedAt < :to ORDER BY d.receivedAt, d.code",
                    DossierEntity.class)
                    .setParameter("agency", agency).setParameter("from", from.atStartOfDay())
                    .setParameter("sentFrom", from.minusYears(1).atStartOfDay())
                    .setParameter("to", to.plusDays(1).atStartOfDay())
                    .setHint("eclipselink.batch", "d.documents").setHint("eclipselink.batch.type", "IN")
                    .setHint(READ_ONLY, "true")
                    .setMaxResults(limit).getResultList()) {
                result.add(mapper.apply(d));
            }
            return result;
        });
    }

    public List<AuditEntryEntity> audit(String code) {
        return db.txExpr(em -> em
                .createQuery("SELECT a FROM AuditEntryEntity a WHERE a.dossierCode = :code ORDER BY a.seq",
                        AuditEntryEntity.class)
                .setParameter("code", code).setHint(READ_ONLY, "true").getResultList());
    }

    /** Where a dossier is at a step of its process, someone's turn to act. */
    private static final java.util.Set<DossierStatus> STEP_STATUSES = java.util.EnumSet.of(DossierStatus.RECEIVED,
            DossierStatus.IN_PROCESS);

    /**
     * One page of dossiers, newest first, with the total across pages.
     *
     * @param scope when not null, only dossiers of these agencies
     * @param turnOf when not null, only dossiers in process whose current step waits for this
     *     official: a step of one of their roles, a specialist's only when assigned to them or to no one;
     *     and for a specialist or leader, those transferred to their agency (liên thông)
     * @param steps reads a dossier's stored process (its JSON) into its steps: a list item names the
     *     step it is at and who acts there
     */
    public Page<DossierSummary> search(DossierQuery q, Collection<String> scope, Actor turnOf,
                                       Function<String, List<ProcessStep>> steps) {
        boolean transferTurn = turnOf != null && turnOf.agencyCode() != null
                && (turnOf.hasRole(Role.SPECIALIST) || turnOf.hasRole(Role.LEADER));
        if (!transferTurn) {
            return searchOnce(q, scope, turnOf, false, q.page() * q.size(), q.size(), steps);
        }
        // the official's turn at their agency, and the dossiers transferred to it: two queries, each
        // by an index ((agency, status), (transfer agency)), merged in the list's order; one query
        // with an OR of the two was a scan of every dossier (0.7 s at 1,000,000 against 3 ms)
        int window = (q.page() + 1) * q.size();
        Page<DossierSummary> own = searchOnce(q, scope, turnOf, false, 0, window, steps);
        Page<DossierSummary> transferred = searchOnce(q, scope, turnOf, true, 0, window, steps);
        List<DossierSummary> all = new ArrayList<>(own.items());
        all.addAll(transferred.items());
        all.sort(java.util.Comparator.comparing(DossierSummary::submittedAt).thenComparing(DossierSummary::code)
                .reversed());
        int from = Math.min(q.page() * q.size(), all.size());
        return new Page<>(List.copyOf(all.subList(from, Math.min(from + q.size(), all.size()))), q.page(), q.size(),
                own.total() + transferred.total());
    }

    /**
     * One query of {@link #search}: with {@code turnOf}, the official's turn at their own agency, or
     * ({@code transferredBranch}) the dossiers transferred to it; {@code max} rows from {@code first}.
     */
    private Page<DossierSummary> searchOnce(DossierQuery q, Collection<String> scope, Actor turnOf,
                                            boolean transferredBranch, int first, int max,
                                            Function<String, List<ProcessStep>> steps) {
        // no constant condition such as 1 = 1: with one, EclipseLink prints every parameter as a
        // literal, and Derby compiles the statement anew for each identity number or date
        List<String> conditions = new ArrayList<>();
        if (q.agencyCode() != null) {
            conditions.add("d.agencyCode = :agency");
        }
        if (scope != null) {
            conditions.add("(d.agencyCode IN :scope OR d.transferAgency IN :scope)");
        }
        if (q.status() != null) {
            conditions.add("d.status = :status");
        }
        if (q.from() != null) {
            conditions.add("d.submittedAt >= :from");
        }
        if (q.to() != null) {
            conditions.add("d.submittedAt < :toExclusive");
        }
        if (q.applicantIdNumber() != null) {
            conditions.add("d.applicantIdNumber = :applicant");
        }
        boolean specialistTurn = turnOf != null && !transferredBranch && turnOf.hasRole(Role.SPECIALIST);
        List<String> turnRoles = new ArrayList<>();
        if (turnOf != null) {
            for (Role r : turnOf.roles()) {
                if (r != Role.SPECIALIST) {
                    turnRoles.add(r.name());
                }
            }
            List<String> turn = new ArrayList<>();
            if (!turnRoles.isEmpty()) {
                turn.add("d.stepRole IN :turnRoles");
            }
            if (specialistTurn) {
                turn.add("(d.stepRole = :specialist AND (d.assignee = :turnOf OR d.assignee IS NULL))");
            }
            // no role that a step waits for (a citizen, an administrator), no agency: nobody's turn; an
            // official acts on the dossiers in process at their own agency only (not those of the units under it)
            if (transferredBranch) {
                // a dossier another agency transferred to theirs (liên thông), for its specialists and
                // leaders to work on and send back
                conditions.add("d.status = :transferred AND d.transferAgency = :turnAgency");
            } else {
                conditions.add(turn.isEmpty() || turnOf.agencyCode() == null ? "d.code IS NULL"
                        : "d.status = :turnStatus AND d.agencyCode = :turnAgency AND (" + String.join(" OR ", turn)
                        + ")");
            }
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return db.txExpr(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM DossierEntity d" + where, Long.class);
            TypedQuery<Object[]> rows = em.createQuery("SELECT d.code, d.procedureCode, d.procedureName, "
                    + "d.agencyCode, d.channel, d.status, d.applicantName, d.submittedAt, d.dueAt, d.processJson, "
                    + "d.stepIndex, d.assignee, d.transferAgency, d.transferDueAt, d.supplements "
                    + "FROM DossierEntity d" + where + " ORDER BY d.submittedAt DESC, d.code DESC", Object[].class);
            for (TypedQuery<?> query : List.of(count, rows)) {
                if (q.agencyCode() != null) {
                    query.setParameter("agency", q.agencyCode());
                }
                if (scope != null) {
                    query.setParameter("scope", List.copyOf(scope));
                }
                if (q.status() != null) {
                    query.setParameter("status", q.status());
                }
                if (q.from() != null) {
                    query.setParameter("from", q.from().atStartOfDay());
                }
                if (q.to() != null) {
                    query.setParameter("toExclusive", q.to().plusDays(1).atStartOfDay());
                }
                if (q.applicantIdNumber() != null) {
                    query.setParameter("applicant", q.applicantIdNumber());
                }
                if (transferredBranch) {
                    query.setParameter("transferred", DossierStatus.TRANSFERRED);
                    query.setParameter("turnAgency", turnOf.agencyCode());
                } else {
                    if (!turnRoles.isEmpty()) {
                        query.setParameter("turnRoles", turnRoles);
                    }
                    if (specialistTurn) {
                        query.setParameter("specialist", Role.SPECIALIST.name());
                        query.setParameter("turnOf", turnOf.userName());
                    }
                    if (turnOf != null && (specialistTurn || !turnRoles.isEmpty()) && turnOf.agencyCode() != null) {
                        query.setParameter("turnStatus", DossierStatus.IN_PROCESS);
                        query.setParameter("turnAgency", turnOf.agencyCode());
                    }
                }
            }
            long total = count.getSingleResult();
            List<DossierSummary> items = new ArrayList<>();
            if (total > first) {
                for (Object[] r : rows.setFirstResult(first).setMaxResults(max).getResultList()) {
                    DossierStatus status = (DossierStatus) r[5];
                    ProcessStep step = null;
                    if (STEP_STATUSES.contains(status)) {
                        List<ProcessStep> process = steps.apply((String) r[9]);
                        int index = ((Number) r[10]).intValue();
                        step = index >= 0 && index < process.size() ? process.get(index) : null;
                    }
                    items.add(new DossierSummary((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                            (Channel) r[4], status, (String) r[6],
                            (java.time.LocalDateTime) r[7], (java.time.LocalDateTime) r[8],
                            step == null ? null : step.name(), step == null ? null : step.role().name(),
                            (String) r[11], status == DossierStatus.TRANSFERRED ? (String) r[12] : null,
                            status == DossierStatus.TRANSFERRED ? (java.time.LocalDateTime) r[13] : null,
                            // waiting to be accepted again: the only supplement it can have had is the guidance's
                            status == DossierStatus.SUBMITTED && r[14] != null && !((String) r[14]).isBlank()));
                }
            }
            return new Page<>(items, q.page(), q.size(), total);
        });
    }
}
