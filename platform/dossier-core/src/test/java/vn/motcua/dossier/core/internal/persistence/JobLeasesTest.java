package vn.motcua.dossier.core.internal.persistence;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** One runtime at a time holds a job's lease; another takes it when it expires or is released. */
public class JobLeasesTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void oneHolderAtATime() throws Exception {
        DataSource ds = SchemaMigratorTest.migratedDerby(folder.newFolder());
        assertOneHolderAtATime(new Database(ds));
    }

    static void assertOneHolderAtATime(Database db) throws Exception {
        JobLeases first = new JobLeases(db, "node1");
        JobLeases second = new JobLeases(db, "node2");
        assertTrue("the first lease ever", first.acquire("job", Duration.ofSeconds(30)));
        assertFalse("held by node1", second.acquire("job", Duration.ofSeconds(30)));
        assertTrue("node1 renews", first.acquire("job", Duration.ofMillis(300)));
        assertFalse(second.acquire("job", Duration.ofSeconds(30)));
        Thread.sleep(1200);
        assertTrue("expired: node2 takes over", second.acquire("job", Duration.ofSeconds(30)));
        assertFalse("node1 is out", first.acquire("job", Duration.ofSeconds(30)));
        second.release("job");
        assertTrue("released: node1 need not wait", first.acquire("job", Duration.ofSeconds(30)));
        assertTrue("other jobs are leased separately", second.acquire("other", Duration.ofSeconds(30)));
    }
}
