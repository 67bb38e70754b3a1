package vn.motcua.dossier.core.internal.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations and the lease on a real PostgreSQL, when MOTCUA_TEST_POSTGRESQL_URL (or the system
 * property motcua.test.postgresql.url) names one (.ci/run starts one): in a schema of their own,
 * dropped afterwards. Also that both databases end with the same tables, columns and indexes.
 */
public class PostgresTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private String url;
    private String schema;
    private DataSource ds;

    static String configuredUrl() {
        String url = System.getProperty("motcua.test.postgresql.url");
        return url == null || url.isBlank() ? System.getenv("MOTCUA_TEST_POSTGRESQL_URL") : url;
    }

    @Before
    public void freshSchema() throws SQLException {
        url = configuredUrl();
        assumeTrue("no PostgreSQL given (MOTCUA_TEST_POSTGRESQL_URL)", url != null && !url.isBlank());
        schema = "motcua_unit_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url);
        pg.setCurrentSchema(schema);
        ds = pg;
    }

    @After
    public void dropSchema() throws SQLException {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    public void runtimesStartingTogetherMigrateOnce() throws Exception {
        SchemaMigratorTest.assertMigratesOnceConcurrently(ds);
    }

    @Test
    public void oneLeaseHolderAtATime() throws Exception {
        SchemaMigrator.migrate(ds);
        JobLeasesTest.assertOneHolderAtATime(new Database(ds));
    }

    @Test
    public void bothDatabasesHaveTheSameTablesColumnsAndIndexes() throws Exception {
        SchemaMigrator.migrate(ds);
        DataSource derby = SchemaMigratorTest.migratedDerby(folder.newFolder("derby"));
        Set<String> onDerby = describe(derby, "APP");
        org.junit.Assert.assertTrue(onDerby.toString(), onDerby.size() > 100 && onDerby.contains(
                "dossier_counter.last_number integer not null") && onDerby.contains("index outbox_pending_order on outbox(state,created_at,dossier_code,seq,)"));
        assertEquals(onDerby, describe(ds, schema));
    }

    /** table.column type(size) nullability, and index(columns), in lower case, sorted. */
    private static Set<String> describe(DataSource ds, String schema) throws SQLException {
        Set<String> all = new TreeSet<>();
        try (Connection c = ds.getConnection()) {
            var md = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = md.getColumns(null, schema, t, "%")) {
                    while (rs.next()) {
                        String type = normalType(rs.getInt("DATA_TYPE"));
                        String size = type.equals("varchar") ? "(" + rs.getInt("COLUMN_SIZE") + ")" : "";
                        all.add((t + "." + rs.getString("COLUMN_NAME") + " " + type + size + " "
                                + (rs.getInt("NULLABLE") == 0 ? "not null" : "null")).toLowerCase(Locale.ROOT));
                    }
                }
                java.util.Map<String, StringBuilder> indexes = new java.util.TreeMap<>();
                try (ResultSet rs = md.getIndexInfo(null, schema, t, false, false)) {
                    while (rs.next()) {
                        String name = rs.getString("INDEX_NAME");
                        if (name == null || name.toUpperCase(Locale.ROOT).startsWith("SQL")
                                || name.toLowerCase(Locale.ROOT).endsWith("_pkey")) {
                            continue; // primary keys and Derby's system-named backing indexes
                        }
                        indexes.computeIfAbsent(name, k -> new StringBuilder()).append(rs.getString("COLUMN_NAME"))
                                .append(',');
                    }
                }
                indexes.forEach((name, cols) -> all.add(("index " + name + " on " + t + "(" + cols + ")")
                        .toLowerCase(Locale.ROOT)));
            }
        }
        return all;
    }

    private static String normalType(int jdbcType) {
        return switch (jdbcType) {
            case java.sql.Types.VARCHAR -> "varchar";
            case java.sql.Types.INTEGER -> "integer";
            case java.sql.Types.BIGINT -> "bigint";
            case java.sql.Types.TIMESTAMP -> "timestamp";
            case java.sql.Types.DATE -> "date";
            case java.sql.Types.BOOLEAN, java.sql.Types.BIT -> "boolean";
            default -> "type" + jdbcType;
        };
    }
}
