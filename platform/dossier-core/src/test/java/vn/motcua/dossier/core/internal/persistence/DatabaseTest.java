package vn.motcua.dossier.core.internal.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.NoSuchElementException;

import org.junit.Test;

import vn.motcua.dossier.ServiceUnavailableException;

/** Which database failures mean "unreachable, answer 503" and which a new attempt may pass. */
public class DatabaseTest {

    @Test
    public void connectionFailuresAreUnreachable() {
        assertTrue(Database.unreachable(new RuntimeException(new SQLException("Connection to 127.0.0.1:55432 refused",
                "08001"))));
        assertTrue(Database.unreachable(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(Database.unreachable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(Database.unreachable(new SQLNonTransientConnectionException("Derby: no current connection")));
        assertTrue("dbcp2 could not hand out a connection in time", Database.unreachable(new SQLException(
                "Cannot get a connection, pool error Timeout waiting for idle object", new NoSuchElementException())));
    }

    @Test
    public void otherFailuresAreNot() {
        assertFalse(Database.unreachable(new SQLException("duplicate key", "23505")));
        assertFalse(Database.unreachable(new IllegalStateException("no dossier counter")));
        RuntimeException kept = new IllegalArgumentException("x");
        assertSame(kept, Database.translate(kept));
        assertTrue(Database.translate(new RuntimeException(new SQLException("x", "08006")))
                instanceof ServiceUnavailableException);
    }

    @Test
    public void deadlocksAndLockTimeoutsAreRetryable() {
        assertTrue(Database.retryable(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(Database.retryable(new SQLException("could not serialize access", "40001")));
        assertTrue(Database.retryable(new SQLException("A lock could not be obtained within the time requested",
                "40XL1")));
        assertFalse(Database.retryable(new SQLException("duplicate key", "23505")));
    }

    @Test
    public void anOutageIsLoggedOncePerIntervalWithHowManyFailedMeanwhile() {
        Database.LogThrottle lines = new Database.LogThrottle(10_000);
        assertEquals("the first failure is logged", 0, lines.admit(1_000));
        assertEquals(-1, lines.admit(2_000));
        assertEquals(-1, lines.admit(10_999));
        assertEquals("one interval on: logged, with the two between", 2, lines.admit(11_000));
        assertEquals(-1, lines.admit(20_999));
        assertEquals(1, lines.admit(500_000));
        assertEquals("nothing failed meanwhile", 0, lines.admit(900_000));
    }
}
