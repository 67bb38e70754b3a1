package vn.motcua.dossier.core.internal.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@link Database#jdbc} called from inside its own work joins the open transaction on its connection,
 * and {@link UserAccountRepository#find} reads an account by JDBC, inside such a transaction or in
 * one of its own. Embedded Derby in a temporary folder, migrated by the real scripts.
 */
public class DatabaseJdbcTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final AtomicInteger connections = new AtomicInteger();
    private Database db;

    @Before
    public void migrated() throws Exception {
        DataSource derby = SchemaMigratorTest.migratedDerby(folder.newFolder());
        DataSource counting = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                    }
                    try {
                        return method.invoke(derby, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        db = new Database(counting);
    }

    @Test
    public void aNestedCallJoinsTheOpenTransaction() {
        db.jdbc(outer -> db.jdbc(inner -> {
            assertSame("the same connection", outer, inner);
            return null;
        }));
        assertEquals("one connection for both", 1, connections.get());
    }

    @Test
    public void aFailureAfterANestedWriteRollsBackBoth() {
        try {
            db.jdbc(outer -> {
                db.jdbc(inner -> insertAccount(inner, "cv.thu", "Nguyễn Văn Thử"));
                assertEquals("the nested write is seen inside", 1, count(outer, "cv.thu"));
                throw new IllegalStateException("the transition is refused");
            });
            fail("the failure is the caller's");
        } catch (IllegalStateException expected) {
            assertEquals("the transition is refused", expected.getMessage());
        }
        assertEquals("nothing kept", 0, (int) db.jdbc(c -> count(c, "cv.thu")));
        assertEquals("and the next transaction has a connection of its own", 2, connections.get());
    }

    @Test
    public void findReadsTheStoredAccountInsideATransactionOrInItsOwn() {
        UserAccountRepository accounts = new UserAccountRepository(db);
        db.jdbc(c -> insertAccount(c, "ld.vocuong", "Trần Thị Lãnh Đạo"));
        UserAccountEntity alone = accounts.find("ld.vocuong").orElseThrow();
        assertEquals("ld.vocuong", alone.getUserName());
        assertEquals("Trần Thị Lãnh Đạo", alone.getDisplayName());
        assertEquals("pbkdf2$hash", alone.getPasswordHash());
        assertEquals("LEADER", alone.getRoles());
        assertEquals("25960", alone.getAgencyCode());
        assertTrue(alone.isEnabled());
        assertEquals(2, alone.getFailedAttempts());
        assertEquals(LocalDateTime.of(2026, 11, 29, 8, 30), alone.getLockedUntil());
        int before = connections.get();
        db.jdbc(c -> {
            assertEquals("Trần Thị Lãnh Đạo", accounts.find("ld.vocuong").orElseThrow().getDisplayName());
            assertFalse(accounts.find("ld.khong-co").isPresent());
            return null;
        });
        assertEquals("the lookups inside used the transaction's connection", before + 1, connections.get());
        assertFalse(accounts.find("ld.khong-co").isPresent());
    }

    /**
     * JPA work would take a second connection while the JDBC transaction holds one (the deadlock
     * that joining fixed for plain JDBC): it is refused before the entity manager is touched.
     */
    @Test
    public void jpaWorkInsideAJdbcTransactionIsRefused() {
        int before = connections.get();
        try {
            db.jdbc(c -> {
                db.txExpr(em -> 1);
                return null;
            });
            fail("JPA work ran inside a JDBC transaction");
        } catch (IllegalStateException e) {
            assertEquals("JPA work called inside a plain JDBC transaction", e.getMessage());
        }
        assertEquals("only the JDBC transaction's connection was taken", before + 1, connections.get());
    }

    /**
     * Creating an account that another runtime may create at the same moment needs a transaction of
     * its own (the loser's duplicate key would fail one it joined): refused inside a JDBC
     * transaction, and nothing is stored.
     */
    @Test
    public void creatingAnAccountInsideAJdbcTransactionIsRefused() {
        UserAccountRepository accounts = new UserAccountRepository(db);
        try {
            db.jdbc(c -> accounts.insert(new UserAccountEntity("cv.moi", "Vũ Văn Mới",
                    "pbkdf2-sha256$1$c2FsdA==$aGFzaA==", "SPECIALIST", "000.10.01.H07", LocalDateTime.now())));
            fail("an account was created inside a JDBC transaction");
        } catch (IllegalStateException e) {
            assertEquals("creating an account called inside a plain JDBC transaction", e.getMessage());
        }
        assertFalse(accounts.find("cv.moi").isPresent());
    }

    private static Void insertAccount(Connection c, String name, String displayName) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO USER_ACCOUNT (USER_NAME, DISPLAY_NAME, "
                + "PASSWORD_HASH, ROLES, AGENCY_CODE, ENABLED, FAILED_ATTEMPTS, LOCKED_UNTIL, CREATED_AT, VERSION) "
                + "VALUES (?, ?, 'pbkdf2$hash', 'LEADER', '25960', TRUE, 2, ?, ?, 1)")) {
            p.setString(1, name);
            p.setString(2, displayName);
            p.setTimestamp(3, Timestamp.valueOf(LocalDateTime.of(2026, 11, 29, 8, 30)));
            p.setTimestamp(4, Timestamp.valueOf(LocalDateTime.of(2026, 11, 1, 7, 0)));
            p.executeUpdate();
        }
        return null;
    }

    private static int count(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM USER_ACCOUNT WHERE USER_NAME = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
