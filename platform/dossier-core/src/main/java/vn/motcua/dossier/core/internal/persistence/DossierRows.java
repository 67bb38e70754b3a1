package vn.motcua.dossier.core.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of a dossier written by plain JDBC: at reception the dossier, its documents, its first
 * audit entry and its outbox row; at a transition the columns the change touched, with the next
 * version, and what the change adds. Reception and transitions are the hot writes of the system, and
 * the unit of work spent about a fifth of an intake's CPU registering, diffing and binding objects
 * that nothing reads back in the same transaction. The columns are those the entities map (the entities stay the
 * model for every read and every later change); {@code DossierRowsTest} checks them against the
 * entities' mapping and reads every column back from Derby.
 */
final class DossierRows {

    private DossierRows() {
    }

    /** A column and how its value is read from the object and bound. */
    private record Column<T>(String name, int sqlType, Function<T, Object> value) {
    }

    private static <T> Column<T> text(String name, Function<T, Object> value) {
        return new Column<>(name, Types.VARCHAR, value);
    }

    private static <T> Column<T> integer(String name, Function<T, Object> value) {
        return new Column<>(name, Types.INTEGER, value);
    }

    private static <T> Column<T> bigint(String name, Function<T, Object> value) {
        return new Column<>(name, Types.BIGINT, value);
    }

    private static <T> Column<T> time(String name, Function<T, LocalDateTime> value) {
        return new Column<>(name, Types.TIMESTAMP, value::apply);
    }

    private static <T> Column<T> enumerated(String name, Function<T, Enum<?>> value) {
        return new Column<>(name, Types.VARCHAR, o -> {
            Enum<?> e = value.apply(o);
            return e == null ? null : e.name();
        });
    }

    private static final List<Column<DossierEntity>> DOSSIER = List.of(
            text("CODE", DossierEntity::getCode),
            text("PROCEDURE_CODE", DossierEntity::getProcedureCode),
            text("PROCEDURE_NAME", DossierEntity::getProcedureName),
            text("FIELD_CODE", DossierEntity::getFieldCode),
            text("FIELD_NAME", DossierEntity::getFieldName),
            text("AGENCY_CODE", DossierEntity::getAgencyCode),
            text("AGENCY_NAME", DossierEntity::getAgencyName),
            enumerated("CHANNEL", DossierEntity::getChannel),
            enumerated("STATUS", DossierEntity::getStatus),
            text("APPLICANT_NAME", DossierEntity::getApplicantName),
            text("APPLICANT_ID_NUMBER", DossierEntity::getApplicantIdNumber),
            text("APPLICANT_PHONE", DossierEntity::getApplicantPhone),
            text("APPLICANT_ADDRESS", DossierEntity::getApplicantAddress),
            text("APPLICANT_EMAIL", DossierEntity::getApplicantEmail),
            text("FORM_JSON", DossierEntity::getFormJson),
            integer("TIME_LIMIT_AMOUNT", DossierEntity::getTimeLimitAmount),
            enumerated("TIME_LIMIT_UNIT", DossierEntity::getTimeLimitUnit),
            time("SUBMITTED_AT", DossierEntity::getSubmittedAt),
            time("RECEIVED_AT", DossierEntity::getReceivedAt),
            time("COUNT_FROM", DossierEntity::getCountFrom),
            time("DUE_AT", DossierEntity::getDueAt),
            bigint("FEE", DossierEntity::getFee),
            text("FEE_LINES", DossierEntity::getFeeLines),
            text("RECEIVED_BY", DossierEntity::getReceivedBy),
            text("RECEIVED_BY_NAME", DossierEntity::getReceivedByName),
            text("PROCESS_JSON", DossierEntity::getProcessJson),
            integer("SUPPLEMENT_LIMIT", DossierEntity::getSupplementLimit),
            integer("STEP_INDEX", DossierEntity::getStepIndex),
            time("STEP_STARTED_AT", DossierEntity::getStepStartedAt),
            time("STEP_DUE_AT", DossierEntity::getStepDueAt),
            text("ASSIGNEE", DossierEntity::getAssignee),
            time("HANDED_OVER_AT", DossierEntity::getHandedOverAt),
            bigint("BUDGET_SECONDS", DossierEntity::getBudgetSeconds),
            bigint("CONSUMED_SECONDS", DossierEntity::getConsumedSeconds),
            time("RUNNING_SINCE", DossierEntity::getRunningSince),
            enumerated("RESUME_STATUS", DossierEntity::getResumeStatus),
            time("APPOINTMENT_AT", DossierEntity::getAppointmentAt),
            time("FINISHED_AT", DossierEntity::getFinishedAt),
            time("RETURNED_AT", DossierEntity::getReturnedAt),
            text("COLLECTED_BY", DossierEntity::getCollectedBy),
            text("RESULT_TEXT", DossierEntity::getResultText),
            text("TRANSFER_AGENCY", DossierEntity::getTransferAgency),
            time("TRANSFER_DUE_AT", DossierEntity::getTransferDueAt),
            text("SUPPLEMENTS", DossierEntity::getSupplements),
            text("RESULT_SPEC", DossierEntity::getResultSpec),
            text("REGISTER_BOOK", DossierEntity::getRegisterBook),
            integer("REGISTER_NUMBER", DossierEntity::getRegisterNumber),
            text("REGISTER_ENTRY", DossierEntity::getRegisterEntry),
            integer("AUDIT_COUNT", DossierEntity::getAuditCount),
            bigint("VERSION", DossierEntity::getVersion));

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
