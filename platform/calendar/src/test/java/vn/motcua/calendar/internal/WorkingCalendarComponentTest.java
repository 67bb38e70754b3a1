package vn.motcua.calendar.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static vn.motcua.calendar.internal.Fixtures.d;
import static vn.motcua.calendar.internal.Fixtures.t;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import vn.motcua.calendar.CalendarEntry;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.TimeLimit;

/** The DS component without OSGi: configuration, the administrator's file and its reloading. */
public class WorkingCalendarComponentTest {

    private static final String HEADER = "date,kind,reason,source\n";
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    private String karafEtcBefore;
    private Path adminFile;
    private Instant fileTime = Instant.parse("2025-06-01T00:00:00Z");

    @Before
    public void setUp() {
        karafEtcBefore = System.getProperty("karaf.etc");
        adminFile = folder.getRoot().toPath().resolve("motcua-calendar.csv");
    }

    @After
    public void restoreKarafEtc() {
        if (karafEtcBefore == null) {
            System.clearProperty("karaf.etc");
        } else {
            System.setProperty("karaf.etc", karafEtcBefore);
        }
    }

    @Test
    public void withoutAnAdministratorFileTheShippedTableApplies() {
        System.clearProperty("karaf.etc");
        WorkingCalendarComponent calendar = new WorkingCalendarComponent(new TestConfig());
        assertEquals(OfficeHours.DEFAULT, calendar.officeHours());
        assertEquals(103, calendar.entries().size());
        assertFalse(calendar.isWorkingDay(d("2025-05-02")));
        assertTrue(calendar.isWorkingDay(d("2025-04-26")));
        assertEquals(t("2025-03-13T17:30"), calendar.due(t("2025-03-10T09:00"), TimeLimit.workingDays(3)).dueAt());
        assertNull(WorkingCalendarComponent.resolve(" "));
        assertNull(WorkingCalendarComponent.resolve("${karaf.etc}/motcua-calendar.csv"));
    }

    @Test
    public void theAdministratorFileInKarafEtcCorrectsAndExtendsTheTable() throws IOException {
        System.setProperty("karaf.etc", folder.getRoot().getPath());
        write(HEADER
                + "# 2026: the notice fixed the second National Day day on Tuesday 1/9\n"
                + "2026-09-01,OFF,Quốc khánh,TB 9441/TB-BNV\n"
                + "2026-09-02,OFF,Quốc khánh,TB 9441/TB-BNV\n"
                + "# a province's own day off\n"
                + "2025-12-15,OFF,Ngày truyền thống của tỉnh,QĐ 15/QĐ-UBND\n");
        WorkingCalendarComponent calendar = new WorkingCalendarComponent(new TestConfig(), clock::get);

        assertEquals(105, calendar.entries().size());
        assertFalse(calendar.isWorkingDay(d("2026-09-01")));
        assertFalse(calendar.day(d("2026-09-01")).provisional());
        assertTrue("the provisional 3/9 gives way to the notice", calendar.isWorkingDay(d("2026-09-03")));
        assertEquals("TB 9441/TB-BNV", calendar.entries().stream()
                .filter(e -> e.date().equals(d("2026-09-02"))).findFirst().orElseThrow().source());
        assertEquals("Ngày truyền thống của tỉnh", calendar.day(d("2025-12-15")).reason());
        assertEquals(d("2025-12-16"), calendar.nextWorkingDay(d("2025-12-12")));
    }

    @Test
    public void aChangedFileIsReloadedAfterAtMostFiveSeconds() throws IOException {
        write(HEADER + "2025-12-15,OFF,Ngày truyền thống của tỉnh,\n");
        WorkingCalendarComponent calendar = component();
        assertFalse(calendar.isWorkingDay(d("2025-12-15")));

        write(HEADER + "2025-12-16,OFF,Ngày truyền thống của tỉnh,\n");
        clock.addAndGet(4 * SECOND);
        assertFalse("not checked again within five seconds", calendar.isWorkingDay(d("2025-12-15")));
        clock.addAndGet(SECOND);
        assertTrue(calendar.isWorkingDay(d("2025-12-15")));
        assertFalse(calendar.isWorkingDay(d("2025-12-16")));
    }

    @Test
    public void aMalformedFileKeepsTheCalendarInForce() throws IOException {
        write(HEADER + "2025-12-15,OFF,Ngày truyền thống của tỉnh,\n");
        WorkingCalendarComponent calendar = component();

        write(HEADER + "2025-12-16,OFF,Ngày truyền thống của tỉnh,\n2025-12-17,HOLIDAY,Sai,\n");
        clock.addAndGet(5 * SECOND);
        assertFalse(calendar.isWorkingDay(d("2025-12-15")));
        assertTrue(calendar.isWorkingDay(d("2025-12-16")));
        assertEquals(104, calendar.entries().size());

        write(HEADER + "2025-12-16,OFF,Ngày truyền thống của tỉnh,\n2025-12-17,OFF,Ngày hội của tỉnh,\n");
        clock.addAndGet(5 * SECOND);
        assertTrue(calendar.isWorkingDay(d("2025-12-15")));
        assertFalse(calendar.isWorkingDay(d("2025-12-16")));
        assertFalse(calendar.isWorkingDay(d("2025-12-17")));
    }

    @Test
    public void aMalformedFileAtStartLeavesTheShippedTableUntilItIsFixed() throws IOException {
        write(HEADER + "15/12/2025,OFF,Ngày truyền thống của tỉnh,\n");
        WorkingCalendarComponent calendar = component();
        assertEquals(103, calendar.entries().size());
        assertTrue(calendar.isWorkingDay(d("2025-12-15")));

        write(HEADER + "2025-12-15,OFF,Ngày truyền thống của tỉnh,\n");
        clock.addAndGet(5 * SECOND);
        assertFalse(calendar.isWorkingDay(d("2025-12-15")));
    }

    @Test
    public void aFileCreatedOrRemovedLaterIsNoticed() throws IOException {
        WorkingCalendarComponent calendar = component();
        assertTrue(calendar.isWorkingDay(d("2025-12-15")));

        write(HEADER + "2025-12-15,OFF,Ngày truyền thống của tỉnh,\n");
        clock.addAndGet(5 * SECOND);
        assertFalse(calendar.isWorkingDay(d("2025-12-15")));

        Files.delete(adminFile);
        clock.addAndGet(5 * SECOND);
        assertTrue(calendar.isWorkingDay(d("2025-12-15")));
        assertEquals(103, calendar.entries().size());
    }

    @Test
    public void modifiedOfficeHoursApplyAtOnce() {
        WorkingCalendarComponent calendar = component();
        TestConfig config = new TestConfig();
        config.entriesFile = adminFile.toString();
        config.afternoonStart = "13:00";
        config.afternoonEnd = "17:00";
        config.sameDayCutoff = "16:00";
        calendar.modified(config);
        assertEquals(t("2025-03-11T17:00"), calendar.due(t("2025-03-11T15:30"), TimeLimit.sameDay()).dueAt());
        assertEquals(t("2025-03-13T17:00"), calendar.due(t("2025-03-10T09:00"), TimeLimit.workingDays(3)).dueAt());
    }

    @Test
    public void anInvalidTimeIsRejectedAndTheCalendarInForceKept() {
        WorkingCalendarComponent calendar = component();
        TestConfig config = new TestConfig();
        config.morningStart = "7h30";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> calendar.modified(config));
        assertTrue(e.getMessage(), e.getMessage().contains("morningStart") && e.getMessage().contains("7h30"));
        assertEquals(OfficeHours.DEFAULT, calendar.officeHours());
    }

    @Test
    public void entriesAreTheMergedTable() throws IOException {
        write(HEADER + "2025-05-02,WORK,Làm việc (tỉnh không hoán đổi),\n");
        WorkingCalendarComponent calendar = component();
        assertEquals(103, calendar.entries().size());
        CalendarEntry corrected = calendar.entries().stream()
                .filter(e -> e.date().equals(d("2025-05-02"))).findFirst().orElseThrow();
        assertEquals(CalendarEntry.Kind.WORK, corrected.kind());
        assertTrue(calendar.isWorkingDay(d("2025-05-02")));
    }

    private WorkingCalendarComponent component() {
        TestConfig config = new TestConfig();
        config.entriesFile = adminFile.toString();
        return new WorkingCalendarComponent(config, clock::get);
    }

    /** Writes the file with a later modification time, as an editor would. */
    private void write(String csv) throws IOException {
        Files.write(adminFile, csv.getBytes(UTF_8));
        fileTime = fileTime.plusSeconds(10);
        Files.setLastModifiedTime(adminFile, FileTime.from(fileTime));
    }

    /** The configuration as SCR would give it, with the annotation's defaults. */
    private static final class TestConfig implements WorkingCalendarComponent.Config {
        String morningStart = "07:30";
        String morningEnd = "11:30";
        String afternoonStart = "13:30";
        String afternoonEnd = "17:30";
        String sameDayCutoff = "15:00";
        String entriesFile = "${karaf.etc}/motcua-calendar.csv";

        @Override
        public String morningStart() {
            return morningStart;
        }

        @Override
        public String morningEnd() {
            return morningEnd;
        }

        @Override
        public String afternoonStart() {
            return afternoonStart;
        }

        @Override
        public String afternoonEnd() {
            return afternoonEnd;
        }

        @Override
        public String sameDayCutoff() {
            return sameDayCutoff;
        }

        @Override
        public String entriesFile() {
            return entriesFile;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return WorkingCalendarComponent.Config.class;
        }
    }
}
