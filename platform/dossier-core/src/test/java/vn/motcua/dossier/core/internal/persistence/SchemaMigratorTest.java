package vn.motcua.dossier.core.internal.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The migrations on a real embedded Derby, as the runtime runs them. */
public class SchemaMigratorTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    /** An embedded Derby in {@code dir} (its log there too), migrated by the real scripts. */
    static DataSource migratedDerby(File dir) throws SQLException {
        System.setProperty("derby.stream.error.file", new File(dir, "derby.log").getPath());
        DataSource derby = derby(dir);
        SchemaMigrator.migrate(derby);
        return derby;
    }

    static DataSource derby(File dir) {
        String url = "jdbc:derby:" + new File(dir, "db").getAbsolutePath() + ";create=true";
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return DriverManager.getConnection(url);
            }

            @Override
            public Connection getConnection(String u, String p) throws SQLException {
                return getConnection();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> iface) {
                return null;
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }
        };
    }

    @Test
    public void createsTheSchemaOnceAndKeepsTheDataOnEveryLaterStart() throws Exception {
        System.setProperty("derby.stream.error.file", new File(folder.getRoot(), "derby.log").getPath());
        DataSource ds = derby(folder.getRoot());
        assertEquals(SchemaMigrator.SCRIPTS.size(), SchemaMigrator.migrate(ds));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO DOSSIER_COUNTER (AGENCY_CODE, RECEIVED_DAY, LAST_NUMBER) "
                    + "VALUES ('000.10.01.H07', DATE('2026-11-30'), 7)");
        }
        assertEquals(SchemaMigrator.SCRIPTS.size(), SchemaMigrator.migrate(ds));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT LAST_NUMBER FROM DOSSIER_COUNTER")) {
            assertTrue(rs.next());
            assertEquals(7, rs.getInt(1));
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM MOTCUA_SCHEMA")) {
            rs.next();
            assertEquals(SchemaMigrator.SCRIPTS.size(), rs.getInt(1));
        }
    }

    @Test
    public void anUpgradeGivesOpenDossiersTheirStepRoleAndCountsTheDaysReceptionsSoFar() throws Exception {
        DataSource ds = derby(folder.newFolder());
        assertEquals(7, SchemaMigrator.migrate(ds, 7));
        String process = "[{\"code\":\"TIEP_NHAN\",\"name\":\"Tiếp nhận\",\"role\":\"RECEPTION_CLERK\",\"sharePercent\":10},"
                + "{\"code\":\"THAM_DINH\",\"name\":\"Thẩm định\",\"role\":\"SPECIALIST\",\"sharePercent\":60},"
                + "{\"code\":\"PHE_DUYET\",\"name\":\"Phê duyệt\",\"role\":\"LEADER\",\"sharePercent\":30}]";
        try (Connection c = ds.getConnection();
             PreparedStatement p = c.prepareStatement("INSERT INTO DOSSIER (CODE, PROCEDURE_CODE, PROCEDURE_NAME, "
                     + "FIELD_CODE, FIELD_NAME, AGENCY_CODE, AGENCY_NAME, CHANNEL, STATUS, APPLICANT_NAME, "
                     + "APPLICANT_ID_NUMBER, TIME_LIMIT_AMOUNT, TIME_LIMIT_UNIT, SUBMITTED_AT, PROCESS_JSON, "
                     + "SUPPLEMENT_LIMIT, STEP_INDEX, BUDGET_SECONDS, CONSUMED_SECONDS, AUDIT_COUNT, VERSION, "
                     + "FINISHED_AT, FEE, RECEIVED_BY) VALUES (?, '2.000815', 'Chứng thực', 'CT', 'Chứng thực', '000.10.01.H07', "
                     + "'Phường Võ Cường', 'COUNTER', ?, 'Lê Thị Hoa', '027190001234', 1, 'SAME_DAY', "
                     + "TIMESTAMP('2026-11-27 09:00:00'), ?, 1, ?, 0, 0, 1, 1, ?, 0, 'tn.vocuong')")) {
            Object[][] rows = {
                {"000.10.01.H07-261127-0001", "IN_PROCESS", process, 2, null},
                {"000.10.01.H07-261127-0002", "SUPPLEMENT_REQUESTED", process, 1, null},
                {"000.10.01.H07-261127-0003", "RETURNED", process, 2, java.sql.Timestamp.valueOf("2026-11-27 15:00:00")},
            };
            for (Object[] r : rows) {
                for (int i = 0; i < r.length; i++) {
                    p.setObject(i + 1, r[i]);
                }
                p.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO DOSSIER_COUNTER (AGENCY_CODE, RECEIVED_DAY, LAST_NUMBER) "
                        + "VALUES ('000.10.01.H07', DATE('2026-11-27'), 3)");
            }
        }
        assertEquals(SchemaMigrator.SCRIPTS.size(), SchemaMigrator.migrate(ds));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT CODE, STEP_ROLE FROM DOSSIER ORDER BY CODE")) {
                rs.next();
                assertEquals("LEADER", rs.getString(2));
                rs.next();
                assertEquals("a paused dossier resumes at its step", "SPECIALIST", rs.getString(2));
                rs.next();
                assertEquals("finished: no step", null, rs.getString(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT LAST_NUMBER, LAST_RECEIVED FROM DOSSIER_COUNTER")) {
                rs.next();
                assertEquals(3, rs.getInt(1));
                assertEquals("the day's receptions so far: its codes", 3, rs.getInt(2));
            }
        }
    }

    @Test
    public void refusesADatabaseFromANewerMotcua() throws Exception {
        DataSource ds = derby(folder.newFolder());
        SchemaMigrator.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO MOTCUA_SCHEMA (VERSION, SCRIPT, CHECKSUM, APPLIED_AT) VALUES (99, 'V99', 'x', CURRENT_TIMESTAMP)");
        }
        SQLException e = assertThrows(SQLException.class, () -> SchemaMigrator.migrate(ds));
        assertTrue(e.getMessage(), e.getMessage().contains("newer than this motcua"));
    }

    @Test
    public void refusesADatabaseWhoseAppliedScriptChanged() throws Exception {
        DataSource ds = derby(folder.newFolder());
        SchemaMigrator.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE MOTCUA_SCHEMA SET CHECKSUM = 'edited' WHERE VERSION = 1");
        }
        SQLException e = assertThrows(SQLException.class, () -> SchemaMigrator.migrate(ds));
        assertTrue(e.getMessage(), e.getMessage().contains("V1__dossier.sql has changed"));
    }

    @Test
    public void runtimesStartingTogetherMigrateOnce() throws Exception {
        System.setProperty("derby.stream.error.file", new File(folder.getRoot(), "derby.log").getPath());
        DataSource ds = derby(folder.newFolder());
        assertMigratesOnceConcurrently(ds);
    }

    /** Four runtimes start at once against one empty database: each sees the latest version, applied once. */
    static void assertMigratesOnceConcurrently(DataSource ds) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return SchemaMigrator.migrate(ds);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Integer> f : runs) {
                assertEquals(SchemaMigrator.SCRIPTS.size(), (int) f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(VERSION) FROM MOTCUA_SCHEMA")) {
            rs.next();
            assertEquals(SchemaMigrator.SCRIPTS.size(), rs.getInt(1));
            assertEquals(SchemaMigrator.SCRIPTS.size(), rs.getInt(2));
        }
    }

    @Test
    public void splitsScriptsIntoStatements() {
        assertEquals("10 tables, 10 indexes", 20, SchemaMigrator.statements("V1__dossier.sql").size());
        assertTrue(SchemaMigrator.statements("V2__users.sql").get(0).startsWith("CREATE TABLE USER_ACCOUNT"));
        assertTrue(SchemaMigrator.statements("V3__cluster.sql").get(0).startsWith("CREATE TABLE JOB_LEASE"));
    }
}
