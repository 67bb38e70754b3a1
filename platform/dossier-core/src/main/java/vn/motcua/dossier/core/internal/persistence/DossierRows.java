package vn.motcua.dossier.core.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;

/**
 * The rows of a dossier written by plain JDBC: at reception the dossier, its documents, its first
 * audit entry and its outbox row; at a transition the columns the change touched, with the next
 * version, and what the change adds. Reception and transitions are the hot writes of the system, and
 * the unit of work spent about a fifth of an intake's CPU registering, diffing and binding objects
 * that nothing reads back in the same transaction. The hot reads are here too: the dossier a change
 * or a lookup reads, and the outbox rows waiting for delivery. The columns are those the entities
 * map (the entities stay the model of every other read and of the schema); {@code DossierRowsTest}
 * checks them against the entities' mapping, reads every column back from Derby, and reads the
 * dossier and the pending outbox rows back through {@link #find} and {@link #pendingOutbox}.
 */
final class DossierRows {

    private DossierRows() {
    }

    /**
     * A column: how its value is taken from the object and bound, and (for the dossier, which is
     * also read by JDBC) how a value read from a result set is put back; null values are not put.
     */
    private record Column<T>(String name, int sqlType, Function<T, Object> value, BiConsumer<T, Object> put) {
    }

    // a column written only (document, audit entry, outbox row) has no put
    private static <T> Column<T> text(String name, Function<T, Object> value) {
        return text(name, value, null);
    }

    private static <T> Column<T> text(String name, Function<T, Object> value, BiConsumer<T, String> put) {
        return new Column<>(name, Types.VARCHAR, value, reader(put, String.class::cast));
    }

    private static <T> Column<T> integer(String name, Function<T, Object> value) {
        return integer(name, value, null);
    }

    private static <T> Column<T> integer(String name, Function<T, Object> value, BiConsumer<T, Integer> put) {
        return new Column<>(name, Types.INTEGER, value, reader(put, Integer.class::cast));
    }

    private static <T> Column<T> bigint(String name, Function<T, Object> value, BiConsumer<T, Long> put) {
        return new Column<>(name, Types.BIGINT, value, reader(put, Long.class::cast));
    }

    private static <T> Column<T> time(String name, Function<T, LocalDateTime> value) {
        return time(name, value, null);
    }

    private static <T> Column<T> time(String name, Function<T, LocalDateTime> value, BiConsumer<T, LocalDateTime> put) {
        return new Column<>(name, Types.TIMESTAMP, value::apply, reader(put, LocalDateTime.class::cast));
    }

    private static <T> Column<T> enumerated(String name, Function<T, Enum<?>> value) {
        return new Column<>(name, Types.VARCHAR, name(value), null);
    }

    private static <T, E extends Enum<E>> Column<T> enumerated(String name, Function<T, Enum<?>> value,
                                                                Class<E> type, BiConsumer<T, E> put) {
        return new Column<>(name, Types.VARCHAR, name(value), reader(put, v -> Enum.valueOf(type, (String) v)));
    }

    /** A put from what the result set gave (see {@link #get}), converted to the setter's type. */
    private static <T, V> BiConsumer<T, Object> reader(BiConsumer<T, V> put, Function<Object, V> convert) {
        return put == null ? null : (o, v) -> put.accept(o, convert.apply(v));
    }

    private static <T> Function<T, Object> name(Function<T, Enum<?>> value) {
        return o -> {
            Enum<?> e = value.apply(o);
            return e == null ? null : e.name();
        };
    }

    private static final List<Column<DossierEntity>> DOSSIER = List.of(
            text("CODE", DossierEntity::getCode, DossierEntity::setCode),
            text("PROCEDURE_CODE", DossierEntity::getProcedureCode, DossierEntity::setProcedureCode),
            text("PROCEDURE_NAME", DossierEntity::getProcedureName, DossierEntity::setProcedureName),
            text("FIELD_CODE", DossierEntity::getFieldCode, DossierEntity::setFieldCode),
            text("FIELD_NAME", DossierEntity::getFieldName, DossierEntity::setFieldName),
            text("AGENCY_CODE", DossierEntity::getAgencyCode, DossierEntity::setAgencyCode),
            text("AGENCY_NAME", DossierEntity::getAgencyName, DossierEntity::setAgencyName),
            enumerated("CHANNEL", DossierEntity::getChannel, Channel.class, DossierEntity::setChannel),
            enumerated("STATUS", DossierEntity::getStatus, DossierStatus.class, DossierEntity::setStatus),
            text("APPLICANT_NAME", DossierEntity::getApplicantName, DossierEntity::setApplicantName),
            text("APPLICANT_ID_NUMBER", DossierEntity::getApplicantIdNumber, DossierEntity::setApplicantIdNumber),
            text("APPLICANT_PHONE", DossierEntity::getApplicantPhone, DossierEntity::setApplicantPhone),
            text("APPLICANT_ADDRESS", DossierEntity::getApplicantAddress, DossierEntity::setApplicantAddress),
            text("APPLICANT_EMAIL", DossierEntity::getApplicantEmail, DossierEntity::setApplicantEmail),
            text("FORM_JSON", DossierEntity::getFormJson, DossierEntity::setFormJson),
            integer("TIME_LIMIT_AMOUNT", DossierEntity::getTimeLimitAmount, DossierEntity::setTimeLimitAmount),
            enumerated("TIME_LIMIT_UNIT", DossierEntity::getTimeLimitUnit, TimeLimitUnit.class, DossierEntity::setTimeLimitUnit),
            time("SUBMITTED_AT", DossierEntity::getSubmittedAt, DossierEntity::setSubmittedAt),
            time("RECEIVED_AT", DossierEntity::getReceivedAt, DossierEntity::setReceivedAt),
            time("COUNT_FROM", DossierEntity::getCountFrom, DossierEntity::setCountFrom),
            time("DUE_AT", DossierEntity::getDueAt, DossierEntity::setDueAt),
            bigint("FEE", DossierEntity::getFee, DossierEntity::setFee),
            text("FEE_LINES", DossierEntity::getFeeLines, DossierEntity::setFeeLines),
            text("RECEIVED_BY", DossierEntity::getReceivedBy, DossierEntity::setReceivedBy),
            text("RECEIVED_BY_NAME", DossierEntity::getReceivedByName, DossierEntity::setReceivedByName),
            text("PROCESS_JSON", DossierEntity::getProcessJson, DossierEntity::setProcessJson),
            integer("SUPPLEMENT_LIMIT", DossierEntity::getSupplementLimit, DossierEntity::setSupplementLimit),
            integer("STEP_INDEX", DossierEntity::getStepIndex, DossierEntity::setStepIndex),
            time("STEP_STARTED_AT", DossierEntity::getStepStartedAt, DossierEntity::setStepStartedAt),
            time("STEP_DUE_AT", DossierEntity::getStepDueAt, DossierEntity::setStepDueAt),
            text("ASSIGNEE", DossierEntity::getAssignee, DossierEntity::setAssignee),
            time("HANDED_OVER_AT", DossierEntity::getHandedOverAt, DossierEntity::setHandedOverAt),
            bigint("BUDGET_SECONDS", DossierEntity::getBudgetSeconds, DossierEntity::setBudgetSeconds),
            bigint("CONSUMED_SECONDS", DossierEntity::getConsumedSeconds, DossierEntity::setConsumedSeconds),
            time("RUNNING_SINCE", DossierEntity::getRunningSince, DossierEntity::setRunningSince),
            enumerated("RESUME_STATUS", DossierEntity::getResumeStatus, DossierStatus.class, DossierEntity::setResumeStatus),
            time("APPOINTMENT_AT", DossierEntity::getAppointmentAt, DossierEntity::setAppointmentAt),
            time("FINISHED_AT", DossierEntity::getFinishedAt, DossierEntity::setFinishedAt),
            time("RETURNED_AT", DossierEntity::getReturnedAt, DossierEntity::setReturnedAt),
            text("COLLECTED_BY", DossierEntity::getCollectedBy, DossierEntity::setCollectedBy),
            text("RESULT_TEXT", DossierEntity::getResultText, DossierEntity::setResultText),
            text("TRANSFER_AGENCY", DossierEntity::getTransferAgency, DossierEntity::setTransferAgency),
            time("TRANSFER_DUE_AT", DossierEntity::getTransferDueAt, DossierEntity::setTransferDueAt),
            text("SUPPLEMENTS", DossierEntity::getSupplements, DossierEntity::setSupplements),
            text("RESULT_SPEC", DossierEntity::getResultSpec, DossierEntity::setResultSpec),
            text("REGISTER_BOOK", DossierEntity::getRegisterBook, DossierEntity::setRegisterBook),
            integer("REGISTER_NUMBER", DossierEntity::getRegisterNumber, DossierEntity::setRegisterNumber),
            text("REGISTER_ENTRY", DossierEntity::getRegisterEntry, DossierEntity::setRegisterEntry),
            text("STEP_ROLE", DossierEntity::getStepRole, DossierEntity::setStepRole),
            text("RECEPTION_NUMBER", DossierEntity::getReceptionNumber, DossierEntity::setReceptionNumber),
            integer("AUDIT_COUNT", DossierEntity::getAuditCount, DossierEntity::setAuditCount),
            bigint("VERSION", DossierEntity::getVersion, DossierEntity::setVersion));

    /** A document row: its dossier and position come with it. */
    private record Document(String dossierCode, int index, DocumentRow row) {
    }

    private static final List<Column<Document>> DOCUMENT = List.of(
            text("DOSSIER_CODE", Document::dossierCode),
            integer("DOC_INDEX", Document::index),
            text("DOC_CODE", d -> d.row().getCode()),
            text("NAME", d -> d.row().getName()),
            integer("ORIGINALS", d -> d.row().getOriginals()),
            integer("CERTIFIED_COPIES", d -> d.row().getCertifiedCopies()),
            integer("COPIES", d -> d.row().getCopies()),
            integer("PAGES", d -> d.row().getPages()));

    private static final List<Column<AuditEntryEntity>> AUDIT = List.of(
            text("DOSSIER_CODE", AuditEntryEntity::getDossierCode),
            integer("SEQ", AuditEntryEntity::getSeq),
            time("ACTED_AT", AuditEntryEntity::getActedAt),
            text("USER_NAME", AuditEntryEntity::getUserName),
            text("USER_DISPLAY_NAME", AuditEntryEntity::getUserDisplayName),
            enumerated("ACTOR_ROLE", AuditEntryEntity::getRole),
            text("AGENCY_CODE", AuditEntryEntity::getAgencyCode),
            text("ACTION", AuditEntryEntity::getAction),
            enumerated("FROM_STATUS", AuditEntryEntity::getFromStatus),
            enumerated("TO_STATUS", AuditEntryEntity::getToStatus),
            text("STEP_CODE", AuditEntryEntity::getStepCode),
            text("NOTE", AuditEntryEntity::getNote),
            time("STEP_DUE_AT", AuditEntryEntity::getStepDueAt),
            text("DETAILS", AuditEntryEntity::getDetails));

    private static final List<Column<OutboxEntry>> OUTBOX = List.of(
            text("DOSSIER_CODE", OutboxEntry::getDossierCode),
            integer("SEQ", OutboxEntry::getSeq),
            text("SERVICE", OutboxEntry::getService),
            text("PAYLOAD", OutboxEntry::getPayload),
            time("CREATED_AT", OutboxEntry::getCreatedAt),
            text("STATE", OutboxEntry::getState),
            integer("ATTEMPTS", OutboxEntry::getAttempts),
            time("NEXT_ATTEMPT_AT", OutboxEntry::getNextAttemptAt),
            time("DELIVERED_AT", OutboxEntry::getDeliveredAt),
            text("LAST_ERROR", OutboxEntry::getLastError));

    static final String INSERT_DOSSIER = insert("DOSSIER", DOSSIER);
    static final String INSERT_DOCUMENT = insert("DOSSIER_DOCUMENT", DOCUMENT);
    static final String INSERT_AUDIT = insert("AUDIT_ENTRY", AUDIT);
    static final String INSERT_OUTBOX = insert("OUTBOX", OUTBOX);

    private static String insert(String table, List<? extends Column<?>> columns) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (");
        StringBuilder values = new StringBuilder(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(columns.get(i).name());
            values.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(values).append(')').toString();
    }

    static final String SELECT_DOSSIER = select("DOSSIER", DOSSIER) + " WHERE CODE = ?";
    static final String SELECT_DOCUMENTS = "SELECT DOC_CODE, NAME, ORIGINALS, CERTIFIED_COPIES, COPIES, PAGES "
            + "FROM DOSSIER_DOCUMENT WHERE DOSSIER_CODE = ? ORDER BY DOC_INDEX";

    private static String select(String table, List<? extends Column<?>> columns) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(columns.get(i).name());
        }
        return sql.append(" FROM ").append(table).toString();
    }

    /**
     * A dossier with its documents as stored, or null when there is none: two reads by key, the
     * same two the unit of work made, without building and registering its objects. A change reads
     * the dossier this way and writes it back with {@link #update}.
     */
    static DossierEntity find(Connection c, String code) throws SQLException {
        DossierEntity d;
        try (PreparedStatement p = c.prepareStatement(SELECT_DOSSIER)) {
            p.setString(1, code);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                d = new DossierEntity();
                for (int i = 0; i < DOSSIER.size(); i++) {
                    Column<DossierEntity> column = DOSSIER.get(i);
                    Object value = get(r, i + 1, column.sqlType());
                    if (value != null) {
                        column.put().accept(d, value);
                    }
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(SELECT_DOCUMENTS)) {
            p.setString(1, code);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    d.getDocuments().add(new DocumentRow(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4),
                            r.getInt(5), r.getInt(6)));
                }
            }
        }
        return d;
    }

    private static final String SELECT_OF_DOSSIER = "SELECT DOSSIER_CODE, SEQ, SERVICE, PAYLOAD, CREATED_AT, STATE, "
            + "ATTEMPTS, NEXT_ATTEMPT_AT, DELIVERED_AT, LAST_ERROR FROM OUTBOX WHERE DOSSIER_CODE = ? ORDER BY SEQ";

    /** Every outbox row of one dossier, delivered or not, in the order of its changes (its key's order). */
    static List<OutboxEntry> outboxOf(Connection c, String dossierCode) throws SQLException {
        List<OutboxEntry> out = new java.util.ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(SELECT_OF_DOSSIER)) {
            p.setString(1, dossierCode);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Timestamp delivered = r.getTimestamp(9);
                    out.add(new OutboxEntry(r.getString(1), r.getInt(2), r.getString(3), r.getString(4),
                            r.getTimestamp(5).toLocalDateTime(), r.getString(6).strip(), r.getInt(7),
                            r.getTimestamp(8).toLocalDateTime(), delivered == null ? null : delivered.toLocalDateTime(),
                            r.getString(10)));
                }
            }
        }
        return out;
    }

    private static final String SELECT_PENDING = "SELECT DOSSIER_CODE, SEQ, SERVICE, PAYLOAD, CREATED_AT, ATTEMPTS, "
            + "NEXT_ATTEMPT_AT, LAST_ERROR FROM OUTBOX WHERE STATE = ?";
    /** The order of the index OUTBOX_PENDING_ORDER (state first), so that the read needs no sort. */
    private static final String PENDING_ORDER = " ORDER BY CREATED_AT, DOSSIER_CODE, SEQ";

    /**
     * The oldest outbox rows not yet delivered, in delivery order, at most {@code limit}; from
     * {@code since} on when it is given (the rows before it were all seen delivered).
     */
    static List<OutboxEntry> pendingOutbox(Connection c, int limit, LocalDateTime since) throws SQLException {
        String sql = SELECT_PENDING + (since == null ? "" : " AND CREATED_AT >= ?") + PENDING_ORDER;
        List<OutboxEntry> out = new java.util.ArrayList<>(Math.min(limit, 256));
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, OutboxEntry.PENDING);
            if (since != null) {
                p.setTimestamp(2, Timestamp.valueOf(since));
            }
            p.setMaxRows(limit);
            p.setFetchSize(Math.min(limit, 256));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new OutboxEntry(r.getString(1), r.getInt(2), r.getString(3), r.getString(4),
                            r.getTimestamp(5).toLocalDateTime(), r.getInt(6), r.getTimestamp(7).toLocalDateTime(),
                            r.getString(8)));
                }
            }
        }
        return out;
    }

    private static Object get(ResultSet r, int index, int sqlType) throws SQLException {
        switch (sqlType) {
            case Types.TIMESTAMP: {
                Timestamp t = r.getTimestamp(index);
                return t == null ? null : t.toLocalDateTime();
            }
            case Types.INTEGER: {
                int n = r.getInt(index);
                return r.wasNull() ? null : n;
            }
            case Types.BIGINT: {
                long n = r.getLong(index);
                return r.wasNull() ? null : n;
            }
            default:
                return r.getString(index);
        }
    }

    /**
     * Inserts a received dossier (its code set, its version the first), its documents, its first
     * audit entry and its outbox rows, on the connection of the transaction that took its code.
     */
    static void insert(Connection c, DossierEntity dossier, AuditEntryEntity first, List<OutboxEntry> outbox)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(INSERT_DOSSIER)) {
            bind(p, DOSSIER, dossier);
            p.executeUpdate();
        }
        insertDocuments(c, dossier);
        insert(c, List.of(first), outbox);
    }

    private static void insertDocuments(Connection c, DossierEntity dossier) throws SQLException {
        List<DocumentRow> documents = dossier.getDocuments();
        if (documents.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement(INSERT_DOCUMENT)) {
            for (int i = 0; i < documents.size(); i++) {
                bind(p, DOCUMENT, new Document(dossier.getCode(), i, documents.get(i)));
                if (documents.size() == 1) {
                    p.executeUpdate();
                } else {
                    p.addBatch();
                }
            }
            if (documents.size() > 1) {
                p.executeBatch();
            }
        }
    }

    private static <T> void bind(PreparedStatement p, List<Column<T>> columns, T object) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            set(p, i + 1, column.value().apply(object), column.sqlType());
        }
    }

    private static void set(PreparedStatement p, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            p.setNull(index, sqlType);
        } else if (value instanceof LocalDateTime t) {
            p.setTimestamp(index, Timestamp.valueOf(t));
        } else if (value instanceof String s) {
            p.setString(index, s);
        } else if (value instanceof Integer n) {
            p.setInt(index, n);
        } else if (value instanceof Long n) {
            p.setLong(index, n);
        } else {
            p.setObject(index, value, sqlType);
        }
    }

    /** The values of a dossier's columns, to tell afterwards which of them a change touched. */
    static Object[] snapshot(DossierEntity d) {
        Object[] values = new Object[DOSSIER.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DOSSIER.get(i).value().apply(d);
        }
        return values;
    }

    /**
     * Writes what a change did to a dossier as it was read ({@code before}, {@code documentsBefore}):
     * the columns whose values differ (so that Derby and PostgreSQL update only the indexes over
     * them) and the next version, provided the stored version is still the one read; the documents
     * are written again when the change replaced or added one (a supplement).
     *
     * @return false when another change was stored first (nothing written)
     */
    static boolean update(Connection c, DossierEntity d, Object[] before, List<DocumentRow> documentsBefore)
            throws SQLException {
        Object[] after = snapshot(d);
        StringBuilder sql = new StringBuilder(256).append("UPDATE DOSSIER SET VERSION = ?");
        int[] changed = new int[after.length];
        int count = 0;
        for (int i = 0; i < after.length; i++) {
            String name = DOSSIER.get(i).name();
            if (!name.equals("CODE") && !name.equals("VERSION") && !java.util.Objects.equals(before[i], after[i])) {
                sql.append(", ").append(name).append(" = ?");
                changed[count++] = i;
            }
        }
        sql.append(" WHERE CODE = ? AND VERSION = ?");
        long version = d.getVersion();
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            p.setLong(1, version + 1);
            for (int k = 0; k < count; k++) {
                set(p, k + 2, after[changed[k]], DOSSIER.get(changed[k]).sqlType());
            }
            p.setString(count + 2, d.getCode());
            p.setLong(count + 3, version);
            if (p.executeUpdate() != 1) {
                return false;
            }
        }
        d.setVersion(version + 1);
        List<DocumentRow> documents = d.getDocuments();
        boolean same = documents.size() == documentsBefore.size();
        for (int i = 0; same && i < documents.size(); i++) {
            same = documents.get(i) == documentsBefore.get(i); // a change replaces a row, never edits it
        }
        if (!same) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM DOSSIER_DOCUMENT WHERE DOSSIER_CODE = ?")) {
                p.setString(1, d.getCode());
                p.executeUpdate();
            }
            insertDocuments(c, d);
        }
        return true;
    }

    /** Audit entries and outbox rows that a change adds (their dossier code set). */
    static void insert(Connection c, List<AuditEntryEntity> audit, List<OutboxEntry> outbox) throws SQLException {
        insertAll(c, INSERT_AUDIT, AUDIT, audit);
        insertAll(c, INSERT_OUTBOX, OUTBOX, outbox);
    }

    private static <T> void insertAll(Connection c, String sql, List<Column<T>> columns, List<T> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (T row : rows) {
                bind(p, columns, row);
                p.executeUpdate();
            }
        }
    }
}
