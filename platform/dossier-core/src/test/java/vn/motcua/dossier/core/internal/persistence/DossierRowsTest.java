package vn.motcua.dossier.core.internal.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.Column;
import javax.sql.DataSource;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import vn.motcua.portal.PortalAdapter;

/**
 * The plain-JDBC reception writes what the entities map: every mapped column, and every value read
 * back from a migrated Derby database as it was in the objects (all fields filled, so that no
 * column is checked only with a null).
 */
public class DossierRowsTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void everyMappedColumnIsWritten() {
        assertEquals(mapped(DossierEntity.class), columns(DossierRows.INSERT_DOSSIER));
        Set<String> documents = mapped(DocumentRow.class);
        documents.addAll(List.of("DOSSIER_CODE", "DOC_INDEX")); // the collection table's key and order
        assertEquals(documents, columns(DossierRows.INSERT_DOCUMENT));
        assertEquals(mapped(AuditEntryEntity.class), columns(DossierRows.INSERT_AUDIT));
        assertEquals(mapped(OutboxEntry.class), columns(DossierRows.INSERT_OUTBOX));
    }

    @Test
    public void everyValueReadsBackAsItWasWritten() throws Exception {
        DataSource derby = migratedDerby();
        DossierEntity dossier = received("000.03.01.H07-251128-0001");
        dossier.getDocuments().add(new DocumentRow("to-khai", "Tờ khai đăng ký khai sinh", 1, 1, 0, 1));
        AuditEntryEntity first = filled(new AuditEntryEntity(), 100);
        first.setDossierCode(dossier.getCode());
        OutboxEntry outbox = OutboxEntry.of(1, List.of(PortalAdapter.SYNC_DOSSIER, PortalAdapter.UPDATE_PROGRESS),
                List.of(1, 1), List.of("{\"MaHoSo\":\"x\"}", "{\"TrangThai\":\"2\"}"), LocalDateTime.of(2025, 11, 28, 7, 30));
        outbox.setDossierCode(dossier.getCode());

        try (Connection c = derby.getConnection()) {
            c.setAutoCommit(false);
            DossierRows.insert(c, dossier, first, List.of(outbox));
            c.commit();
            assertEquals(1L, dossier.getVersion());
            assertReadsBack(c, "SELECT * FROM DOSSIER", values(dossier));
            assertReadsBack(c, "SELECT * FROM AUDIT_ENTRY", values(first));
            assertReadsBack(c, "SELECT * FROM OUTBOX", values(outbox));
            for (int i = 0; i < 2; i++) {
                Map<String, Object> document = values(dossier.getDocuments().get(i));
                document.put("DOSSIER_CODE", dossier.getCode());
                document.put("DOC_INDEX", i);
                assertReadsBack(c, "SELECT * FROM DOSSIER_DOCUMENT WHERE DOC_INDEX = " + i, document);
            }

            // and the dossier a change reads is the one written, field by field, documents in order
            DossierEntity found = DossierRows.find(c, dossier.getCode());
            assertEquals(values(dossier), values(found));
            assertEquals(2, found.getDocuments().size());
            for (int i = 0; i < 2; i++) {
                assertEquals(values(dossier.getDocuments().get(i)), values(found.getDocuments().get(i)));
            }
            assertNull(DossierRows.find(c, "000.03.01.H07-251128-9999"));
            c.rollback(); // the reads' transaction
        }
    }

    @Test
    public void aChangeWritesWhatItTouchedWithTheNextVersionUnlessAnotherCameFirst() throws Exception {
        DataSource derby = migratedDerby();
        DossierEntity dossier = received("000.03.01.H07-251128-0002");
        try (Connection c = derby.getConnection()) {
            c.setAutoCommit(false);
            DossierRows.insert(c, dossier, filled(new AuditEntryEntity(), 100), List.of());
            c.commit();

            Object[] before = DossierRows.snapshot(dossier);
            List<DocumentRow> documentsBefore = new ArrayList<>(dossier.getDocuments());
            dossier.setAssignee("cv.vocuong");
            dossier.setHandedOverAt(null);
            dossier.getDocuments().add(new DocumentRow("to-khai", "Tờ khai bổ sung", 1, 0, 0, 2));
            assertTrue(DossierRows.update(c, dossier, before, documentsBefore));
            c.commit();
            assertEquals(2L, dossier.getVersion());
            assertReadsBack(c, "SELECT * FROM DOSSIER", values(dossier));
            assertReadsBack(c, "SELECT COUNT(*) AS N FROM DOSSIER_DOCUMENT", Map.of("N", 2));

            // a change made on the dossier as it was before: refused, nothing written
            DossierEntity stale = filled(new DossierEntity(), 1);
            stale.setCode(dossier.getCode());
            stale.setFirstVersion();
            Object[] staleBefore = DossierRows.snapshot(stale);
            stale.setAssignee("cv.khac");
            assertTrue(!DossierRows.update(c, stale, staleBefore, new ArrayList<>(stale.getDocuments())));
            c.commit();
            assertReadsBack(c, "SELECT ASSIGNEE, VERSION FROM DOSSIER", Map.of("ASSIGNEE", "cv.vocuong", "VERSION", 2L));
            c.rollback();
        }
    }

    @Test
    public void aDossierWithItsOptionalColumnsEmptyReadsBackWithThemEmpty() throws Exception {
        DataSource derby = migratedDerby();
        DossierEntity dossier = received("000.03.01.H07-251128-0003");
        dossier.setAssignee(null);
        dossier.setRunningSince(null);
        dossier.setResumeStatus(null);
        dossier.setApplicantEmail(null);
        dossier.setRegisterBook(null);
        dossier.setRegisterNumber(null);
        dossier.setRegisterEntry(null);
        try (Connection c = derby.getConnection()) {
            c.setAutoCommit(false);
            DossierRows.insert(c, dossier, filled(new AuditEntryEntity(), 100), List.of());
            c.commit();
            assertEquals(values(dossier), values(DossierRows.find(c, dossier.getCode())));
            c.rollback();
        }
    }

    @Test
    public void theOutboxGivesItsPendingRowsOldestFirstAsStored() throws Exception {
        DataSource derby = migratedDerby();
        DossierEntity dossier = received("000.03.01.H07-251128-0004");
        LocalDateTime t = LocalDateTime.of(2025, 11, 28, 7, 30);
        OutboxEntry second = OutboxEntry.of(2, List.of(PortalAdapter.UPDATE_PROGRESS), List.of(2),
                List.of("{\"TrangThai\":\"3\"}"), t.plusMinutes(5));
        OutboxEntry first = OutboxEntry.of(1, List.of(PortalAdapter.SYNC_DOSSIER, PortalAdapter.UPDATE_PROGRESS),
                List.of(1, 1), List.of("{\"MaHoSo\":\"Hồ sơ\"}", "{\"TrangThai\":\"2\"}"), t);
        OutboxEntry third = OutboxEntry.of(3, List.of(PortalAdapter.UPDATE_PROGRESS), List.of(3),
                List.of("{\"TrangThai\":\"4\"}"), t.plusMinutes(9));
        OutboxEntry delivered = OutboxEntry.of(4, List.of(PortalAdapter.UPDATE_PROGRESS), List.of(4),
                List.of("{\"TrangThai\":\"5\"}"), t.minusMinutes(1));
        delivered.delivered(t);
        third.failed(t.plusMinutes(20), "Cổng không trả lời");
        for (OutboxEntry o : List.of(second, first, third, delivered)) {
            o.setDossierCode(dossier.getCode());
        }
        try (Connection c = derby.getConnection()) {
            c.setAutoCommit(false);
            DossierRows.insert(c, dossier, filled(new AuditEntryEntity(), 100), List.of(second, first, third, delivered));
            c.commit();

            List<OutboxEntry> pending = DossierRows.pendingOutbox(c, 10, null);
            assertEquals(3, pending.size());
            for (int i = 0; i < 3; i++) {
                Map<String, Object> expected = values(List.of(first, second, third).get(i));
                assertEquals(expected, values(pending.get(i)));
            }
            assertEquals(first.messages(), pending.get(0).messages());
            assertEquals(2, DossierRows.pendingOutbox(c, 2, null).size());
            List<OutboxEntry> recent = DossierRows.pendingOutbox(c, 10, t.plusMinutes(1));
            assertEquals(List.of(2, 3), recent.stream().map(OutboxEntry::getSeq).toList());
            c.rollback();
        }
    }

    private DataSource migratedDerby() throws Exception {
        return SchemaMigratorTest.migratedDerby(folder.newFolder("rows"));
    }

    /** A dossier with every column filled and one document, as stored at reception. */
    private static DossierEntity received(String code) throws Exception {
        DossierEntity dossier = filled(new DossierEntity(), 1);
        dossier.getDocuments().add(new DocumentRow("ban-chinh", "Bản chính giấy tờ, văn bản", 1, 0, 2, 3));
        dossier.setCode(code);
        dossier.setFirstVersion();
        return dossier;
    }

    private static void assertReadsBack(Connection c, String select, Map<String, Object> expected) throws Exception {
        try (PreparedStatement p = c.prepareStatement(select); ResultSet r = p.executeQuery()) {
            assertTrue(select, r.next());
            for (Map.Entry<String, Object> e : expected.entrySet()) {
                Object actual = r.getObject(e.getKey());
                if (actual instanceof Timestamp t) {
                    actual = t.toLocalDateTime();
                }
                Object want = e.getValue() instanceof Enum<?> en ? en.name() : e.getValue();
                if (want instanceof Number n && actual instanceof Number m) {
                    assertEquals(e.getKey(), n.longValue(), m.longValue());
                } else {
                    assertEquals(e.getKey(), want, actual);
                }
            }
        }
    }

    /** Each mapped field set to a value of its own (strings within the column's length, with diacritics). */
    private static <T> T filled(T object, int seed) throws Exception {
        int n = seed;
        for (Field f : mappedFields(object.getClass())) {
            f.setAccessible(true);
            Class<?> type = f.getType();
            n++;
            Object value;
            if (type == String.class) {
                String text = "Đ" + n + "ườngQuế" + "x".repeat(40);
                value = text.substring(0, Math.min(text.length(), f.getAnnotation(Column.class).length()));
            } else if (type == int.class || type == Integer.class) {
                value = n;
            } else if (type == long.class) {
                value = 1000L * n;
            } else if (type == LocalDateTime.class) {
                value = LocalDateTime.of(2025, 7, 1, 8, 0).plusMinutes(n);
            } else if (type.isEnum()) {
                Object[] constants = type.getEnumConstants();
                value = constants[n % constants.length];
            } else {
                throw new AssertionError("no test value for " + f);
            }
            f.set(object, value);
        }
        return object;
    }

    private static Map<String, Object> values(Object object) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : mappedFields(object.getClass())) {
            f.setAccessible(true);
            out.put(f.getAnnotation(Column.class).name(), f.get(object));
        }
        return out;
    }

    private static List<Field> mappedFields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (f.isAnnotationPresent(Column.class)) {
                out.add(f);
            }
        }
        return out;
    }

    private static Set<String> mapped(Class<?> type) {
        Set<String> out = new TreeSet<>();
        mappedFields(type).forEach(f -> out.add(f.getAnnotation(Column.class).name()));
        return out;
    }

    private static Set<String> columns(String insert) {
        String list = insert.substring(insert.indexOf('(') + 1, insert.indexOf(')'));
        return new TreeSet<>(Arrays.asList(list.split(",\\s*")));
    }
}
