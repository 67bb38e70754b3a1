package vn.motcua.dossier.core.internal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database schema to the latest version by running the numbered SQL scripts that are
 * not yet recorded in MOTCUA_SCHEMA, each in its own transaction. Never drops anything: a restart
 * keeps every dossier. The scripts are portable SQL, the same on Derby and PostgreSQL. Several
 * runtimes starting at once against one database migrate it once: each migration runs with
 * MOTCUA_SCHEMA locked, and reads the version again under that lock.
 */
public final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    /** The scripts, in order; a new schema version appends a line here and a file next to them. */
    static final List<String> SCRIPTS = List.of("V1__dossier.sql", "V2__users.sql", "V3__cluster.sql",
            "V4__outbox_order.sql", "V5__finished_received.sql", "V6__sessions.sql", "V7__audit_time_index.sql",
            "V8__reception_number.sql", "V9__step_role.sql");

    private SchemaMigrator() {
    }

    /** @return the schema version after migration */
    public static int migrate(DataSource dataSource) throws SQLException {
        return migrate(dataSource, SCRIPTS.size());
    }

    /** Up to a given version: a database as an earlier motcua left it, for the tests of an upgrade. */
    static int migrate(DataSource dataSource, int target) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                ensureVersionTable(c);
                while (true) {
                    try (Statement s = c.createStatement()) {
                        // held until the commit: another runtime waits here, then reads the version again
                        s.execute("LOCK TABLE MOTCUA_SCHEMA IN EXCLUSIVE MODE");
                    }
                    int current = currentVersion(c);
                    verifyApplied(c, current);
                    if (current >= target) {
                        c.commit();
                        return current;
                    }
                    int v = current + 1;
                    String script = SCRIPTS.get(v - 1);
                    LOG.info("Migrating the motcua schema to version {} ({})", v, script);
                    try (Statement s = c.createStatement()) {
                        for (String sql : statements(script)) {
                            s.execute(sql);
                        }
                    }
                    if (script.equals("V9__step_role.sql")) {
                        LOG.info("Open dossiers given the role of their current step: {}", fillStepRoles(c));
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO MOTCUA_SCHEMA (VERSION, SCRIPT, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
                        ps.setInt(1, v);
                        ps.setString(2, script);
                        ps.setString(3, checksum(script));
                        ps.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
                        ps.executeUpdate();
                    }
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * The role of each open dossier's current step, from the process stored with it (a JSON list of
     * steps, each with its "role"): what Lifecycle has written with every step since schema 9.
     *
     * @return how many dossiers were given one
     */
    static int fillStepRoles(Connection c) throws SQLException {
        ObjectMapper json = new ObjectMapper();
        List<String[]> roles = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT CODE, PROCESS_JSON, STEP_INDEX FROM DOSSIER WHERE FINISHED_AT IS NULL")) {
            ps.setFetchSize(500); // PostgreSQL would otherwise read every open dossier's process at once
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String process = rs.getString(2);
                    int index = rs.getInt(3);
                    if (process == null) {
                        continue;
                    }
                    try {
                        JsonNode step = json.readTree(process).path(index);
                        if (step.hasNonNull("role")) {
                            roles.add(new String[] {step.get("role").asText(), rs.getString(1)});
                        }
                    } catch (IOException e) {
                        LOG.warn("Dossier {}: its stored process is not valid JSON; no step role", rs.getString(1));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOSSIER SET STEP_ROLE = ? WHERE CODE = ?")) {
            for (String[] r : roles) {
                ps.setString(1, r[0]);
                ps.setString(2, r[1]);
                ps.addBatch();
            }
            if (!roles.isEmpty()) {
                ps.executeBatch();
            }
        }
        return roles.size();
    }

    private static void ensureVersionTable(Connection c) throws SQLException {
        if (tableExists(c, "MOTCUA_SCHEMA")) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE MOTCUA_SCHEMA (VERSION INTEGER NOT NULL PRIMARY KEY, "
                    + "SCRIPT VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
            c.commit();
        } catch (SQLException e) {
            // another runtime created it at the same moment
            c.rollback();
            if (!tableExists(c, "MOTCUA_SCHEMA")) {
                throw e;
            }
        }
    }

    static boolean tableExists(Connection c, String name) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        // in the connection's own schema only (PostgreSQL's search path, Derby's user schema): a table of
        // the same name elsewhere on the server is not ours
        String schema = c.getSchema();
        // Derby stores unquoted names in upper case, PostgreSQL in lower case
        for (String candidate : new String[] {name, name.toLowerCase(java.util.Locale.ROOT)}) {
            try (ResultSet rs = md.getTables(null, schema, candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(VERSION) FROM MOTCUA_SCHEMA")) {
            rs.next();
            int v = rs.getInt(1);
            if (v > SCRIPTS.size()) {
                throw new SQLException("The database schema (version " + v + ") is newer than this motcua ("
                        + SCRIPTS.size() + "): refusing to run against it");
            }
            return v;
        }
    }

    /** An applied script must not have changed since: the schema would no longer be what it says. */
    private static void verifyApplied(Connection c, int current) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT VERSION, CHECKSUM FROM MOTCUA_SCHEMA");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int v = rs.getInt(1);
                if (v >= 1 && v <= Math.min(current, SCRIPTS.size()) && !checksum(SCRIPTS.get(v - 1)).equals(rs.getString(2))) {
                    throw new SQLException("Schema script " + SCRIPTS.get(v - 1) + " has changed since it was applied "
                            + "to this database: refusing to run against it");
                }
            }
        }
    }

    static String checksum(String script) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(read(script)
                    .getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String script) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream("migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + script, e);
        }
    }

    /** The statements of a script: split at ';' ending a line, comments dropped. */
    static List<String> statements(String script) {
        String text = read(script);
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                result.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException(script + ": the last statement has no ';'");
        }
        return result;
    }
}
