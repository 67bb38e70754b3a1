package vn.motcua.dossier.core.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.dossier.core.internal.DataProcedures.Stored;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.ProcedureDescriptor;
import vn.motcua.procedure.ProcedureField;

/** The versions of a procedure defined as data: which one serves, and what the API keeps. */
public class DataProceduresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Stored version(String from, int days, long fee) {
        return new Stored(new ProcedureDescriptor("1.004845", "Đăng ký chấm dứt giám hộ",
                new ProcedureField("ho-tich", "Hộ tịch"), new TimeLimit(days, TimeLimitUnit.WORKING_DAYS), List.of(),
                List.of(), OnlineLevel.NONE, List.of(), "", LocalDate.parse(from), null), fee);
    }

    private static DataProcedure procedure(Stored s) {
        return new DataProcedure(s.descriptor(), s.feeAmount(), "file:x.properties");
    }

    private static List<String> froms(List<Stored> versions) {
        return versions.stream().map(s -> s.descriptor().effectiveFrom().toString()).toList();
    }

    @Test
    public void theLatestVersionInForceServesAndTheNextTakesOverOnItsDay() {
        List<DataProcedure> versions = List.of(procedure(version("2016-01-01", 2, 5000)),
                procedure(version("2026-12-15", 3, 8000)));
        assertEquals(2, DataProcedures.inForce(versions, TODAY).descriptor().timeLimit().amount());
        assertEquals(2, DataProcedures.inForce(versions, LocalDate.of(2026, 12, 14)).descriptor().timeLimit().amount());
        assertEquals(3, DataProcedures.inForce(versions, LocalDate.of(2026, 12, 15)).descriptor().timeLimit().amount());
        assertEquals("before the first: the first, which says when it starts", 2,
                DataProcedures.inForce(versions, LocalDate.of(2015, 1, 1)).descriptor().timeLimit().amount());
    }

    @Test
    public void aVersionFromADayAheadKeepsTodaysAndReplacesThoseFromItsDayOn() {
        List<Stored> today = List.of(version("2016-01-01", 2, 5000));
        List<Stored> scheduled = DataProcedures.withVersion(today, version("2027-01-01", 3, 8000), TODAY);
        assertEquals(List.of("2016-01-01", "2027-01-01"), froms(scheduled));
        // a correction of the scheduled one replaces it; one from an earlier day ahead goes before it
        assertEquals(List.of("2016-01-01", "2027-01-01"),
                froms(DataProcedures.withVersion(scheduled, version("2027-01-01", 4, 8000), TODAY)));
        assertEquals(4, DataProcedures.withVersion(scheduled, version("2027-01-01", 4, 8000), TODAY).get(1)
                .descriptor().timeLimit().amount());
        assertEquals("from its day on, the later ones give way", List.of("2016-01-01", "2026-12-20"),
                froms(DataProcedures.withVersion(scheduled, version("2026-12-20", 3, 8000), TODAY)));
        // in force from today: the earlier ones no longer serve and are not kept
        assertEquals(List.of("2026-11-30"), froms(DataProcedures.withVersion(scheduled, version("2026-11-30", 3, 0),
                TODAY)));
        assertEquals("a correction of the one in force, as before versions", List.of("2016-01-01"),
                froms(DataProcedures.withVersion(today, version("2016-01-01", 5, 0), TODAY)));
    }

    @Test
    public void aRowStoredBeforeVersionsIsReadAsOneVersion() throws Exception {
        Stored one = version("2016-01-01", 2, 5000);
        List<Stored> read = DataProcedures.readStored(DataProcedures.JSON.writeValueAsString(one));
        assertEquals(List.of(one), read);
        List<Stored> two = List.of(one, version("2027-01-01", 3, 8000));
        assertEquals(two, DataProcedures.readStored(DataProcedures.JSON.writeValueAsString(
                new DataProcedures.StoredVersions(two))));
    }
}
