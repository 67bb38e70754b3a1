package vn.motcua.calendar.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static vn.motcua.calendar.internal.Fixtures.d;

import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.List;

import org.junit.Test;

import vn.motcua.calendar.CalendarEntry;
import vn.motcua.calendar.CalendarEntry.Kind;

public class CalendarEntriesTest {

    private static final String HEADER = "date,kind,reason,source\n";

    @Test
    public void readsTheShippedTable() {
        List<CalendarEntry> rows = Fixtures.shippedEntries();
        assertEquals(103, rows.size());
        assertEquals(new CalendarEntry(d("2018-01-01"), Kind.OFF, "Tết Dương lịch", null), rows.get(0));
        assertEquals(new CalendarEntry(d("2019-01-05"), Kind.WORK, "Làm bù cho 31/12/2018", "CV 6519/VPCP-KGVX"),
                rows.stream().filter(r -> r.date().equals(d("2019-01-05"))).findFirst().orElseThrow());
        assertEquals("TB 6150/TB-BLĐTBXH",
                rows.stream().filter(r -> r.date().equals(d("2025-01-27"))).findFirst().orElseThrow().source());
    }

    @Test
    public void quotedFieldsKeepCommasAndQuotes() throws IOException {
        List<CalendarEntry> rows = parse(HEADER
                + "2018-12-31,OFF,\"Nghỉ hoán đổi, làm bù 05/01/2019\",\"CV 6519/VPCP-KGVX\"\n"
                + "2025-12-15,off, \"Ngày \"\"truyền thống\"\" của tỉnh\" ,QĐ 15/QĐ-UBND\n");
        assertEquals(new CalendarEntry(d("2018-12-31"), Kind.OFF, "Nghỉ hoán đổi, làm bù 05/01/2019", "CV 6519/VPCP-KGVX"),
                rows.get(0));
        assertEquals(new CalendarEntry(d("2025-12-15"), Kind.OFF, "Ngày \"truyền thống\" của tỉnh", "QĐ 15/QĐ-UBND"),
                rows.get(1));
    }

    @Test
    public void toleratesBlankLinesCommentsByteOrderMarkAndMissingSource() throws IOException {
        List<CalendarEntry> rows = parse("\uFEFF" + "\n# bảng của tỉnh\n" + HEADER
                + "\n   \n2025-12-15 , WORK , Làm bù \n2025-12-16,OFF,Nghỉ,\n");
        assertEquals(List.of(new CalendarEntry(d("2025-12-15"), Kind.WORK, "Làm bù", null),
                new CalendarEntry(d("2025-12-16"), Kind.OFF, "Nghỉ", null)), rows);
        assertNull(rows.get(1).source());
        assertEquals(List.of(), parse("date,kind,reason\n"));
    }

    @Test
    public void decomposedAccentsAreNormalised() throws IOException {
        String decomposed = Normalizer.normalize("Tết Nguyên đán", Normalizer.Form.NFD);
        List<CalendarEntry> rows = parse(HEADER + "2030-02-01,OFF," + decomposed + ",\n");
        assertEquals("Tết Nguyên đán", rows.get(0).reason());
    }

    @Test
    public void badDateNamesTheLine() {
        assertError(HEADER + "2025-01-01,OFF,Tết Dương lịch,\n2025-13-01,OFF,Sai,\n",
                "test.csv, line 3: bad date '2025-13-01', expected yyyy-MM-dd");
        assertError(HEADER + "\n01/05/2025,OFF,Ngày Quốc tế Lao động,\n",
                "test.csv, line 3: bad date '01/05/2025', expected yyyy-MM-dd");
    }

    @Test
    public void unknownKindNamesTheLine() {
        assertError(HEADER + "2025-01-01,HOLIDAY,Tết Dương lịch,\n",
                "test.csv, line 2: unknown kind 'HOLIDAY', expected OFF or WORK");
    }

    @Test
    public void wrongColumnCountNamesTheLine() {
        assertError(HEADER + "2025-01-01,OFF\n", "test.csv, line 2: expected 3 or 4 columns");
        assertError(HEADER + "2018-12-31,OFF,Nghỉ hoán đổi, làm bù 05/01/2019,CV 6519\n",
                "test.csv, line 2: expected 3 or 4 columns (date,kind,reason,source), found 5; quote");
    }

    @Test
    public void otherMistakesNameTheLine() {
        assertError(HEADER + "2025-01-01,OFF,\"Tết Dương lịch,\n", "test.csv, line 2: the quote opened in column 16 is not closed");
        assertError(HEADER + "2025-01-01,OFF,\"Tết\" Dương lịch,\n", "test.csv, line 2: unexpected text after the closing quote");
        assertError(HEADER + "2025-01-01,OFF,,\n", "test.csv, line 2: the reason is empty");
        assertError(HEADER + "2025-01-01,OFF,Tết Dương lịch,\n2025-01-01,WORK,Làm bù,\n",
                "test.csv, line 3: date 2025-01-01 is already given on line 2");
        assertError("2025-01-01,OFF,Tết Dương lịch,\n", "test.csv, line 1: expected the header line date,kind,reason,source");
        assertError("\n\n", "test.csv: empty");
    }

    @Test
    public void aLaterSourceOverridesAnEarlierOneForTheSameDate() {
        List<CalendarEntry> shipped = List.of(
                new CalendarEntry(d("2026-09-02"), Kind.OFF, "Quốc khánh", null),
                new CalendarEntry(d("2026-01-01"), Kind.OFF, "Tết Dương lịch", null));
        List<CalendarEntry> admin = List.of(
                new CalendarEntry(d("2026-09-02"), Kind.OFF, "Quốc khánh", "TB 9441/TB-BNV"),
                new CalendarEntry(d("2026-09-01"), Kind.OFF, "Quốc khánh", "TB 9441/TB-BNV"));
        assertEquals(List.of(
                new CalendarEntry(d("2026-01-01"), Kind.OFF, "Tết Dương lịch", null),
                new CalendarEntry(d("2026-09-01"), Kind.OFF, "Quốc khánh", "TB 9441/TB-BNV"),
                new CalendarEntry(d("2026-09-02"), Kind.OFF, "Quốc khánh", "TB 9441/TB-BNV")),
                CalendarEntries.merge(shipped, admin));
    }

    private static List<CalendarEntry> parse(String csv) throws IOException {
        return CalendarEntries.parse(new StringReader(csv), "test.csv");
    }

    private static void assertError(String csv, String expectedStart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(csv));
        assertTrue("'" + e.getMessage() + "' should start with '" + expectedStart + "'",
                e.getMessage().startsWith(expectedStart));
    }
}
