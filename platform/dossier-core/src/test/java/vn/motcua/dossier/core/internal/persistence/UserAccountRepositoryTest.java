package vn.motcua.dossier.core.internal.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDateTime;

import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Accounts stored by plain JDBC on an embedded Derby with the real migrations. */
public class UserAccountRepositoryTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private UserAccountRepository accounts;

    @Before
    public void migrated() throws Exception {
        DataSource derby = SchemaMigratorTest.migratedDerby(folder.newFolder());
        accounts = new UserAccountRepository(new Database(derby));
    }

    @Test
    public void aNewAccountIsStoredWholeAndATakenNameIsRefused() {
        LocalDateTime created = LocalDateTime.of(2026, 11, 29, 7, 45, 12);
        assertTrue(accounts.insert(new UserAccountEntity("cv.vocuong", "Vũ Văn Hùng", "pbkdf2-sha256$1$c2FsdA==$aGFzaA==",
                "SPECIALIST", "000.10.01.H07", created)));
        UserAccountEntity stored = accounts.find("cv.vocuong").orElseThrow();
        assertEquals("Vũ Văn Hùng", stored.getDisplayName());
        assertEquals("pbkdf2-sha256$1$c2FsdA==$aGFzaA==", stored.getPasswordHash());
        assertEquals("SPECIALIST", stored.getRoles());
        assertEquals("000.10.01.H07", stored.getAgencyCode());
        assertTrue(stored.isEnabled());
        assertEquals(0, stored.getFailedAttempts());
        assertNull(stored.getLockedUntil());
        assertEquals(created, stored.getCreatedAt());

        assertFalse("the name is taken", accounts.insert(new UserAccountEntity("cv.vocuong", "Người Khác", "x",
                "LEADER", "000.10.01.H07", created)));
        assertEquals("the first account is unchanged", "Vũ Văn Hùng",
                accounts.find("cv.vocuong").orElseThrow().getDisplayName());
    }
}
