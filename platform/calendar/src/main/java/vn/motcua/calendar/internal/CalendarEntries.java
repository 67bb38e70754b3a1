package vn.motcua.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import vn.motcua.calendar.CalendarEntry;

/**
 * Reads the notice table: UTF-8 CSV with the header {@code date,kind,reason,source}, one day a row.
 * <ul>
 * <li>date: ISO {@code yyyy-MM-dd}; kind: {@code OFF} (day off) or {@code WORK} (make-up working
 * day); reason: Vietnamese, required; source: the notice number, optional.</li>
 * <li>A field may be quoted ({@code "Nghỉ hoán đổi, làm bù 05/01/2019"}), a quote inside doubled.</li>
 * <li>Blank lines and lines starting with {@code #} are skipped; a UTF-8 byte order mark is tolerated
 * (spreadsheets write one).</li>
 * </ul>
 * A bad row is an {@link IllegalArgumentException} naming the source and the line.
 */
public final class CalendarEntries {

    private static final String[] HEADER = {"date", "kind", "reason", "source"};
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CalendarEntries() {
    }

    public static List<CalendarEntry> parse(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    public static List<CalendarEntry> parse(InputStream in, String sourceName) throws IOException {
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), sourceName);
    }

    /**
     * @param sourceName how error messages name the input, e.g. the file's path
     * @return the rows in file order
     * @throws IllegalArgumentException on a malformed row, a missing header or a date given twice
     */
    public static List<CalendarEntry> parse(Reader reader, String sourceName) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<CalendarEntry> entries = new ArrayList<>();
        Map<LocalDate, Integer> lineOfDate = new HashMap<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String where = sourceName + ", line " + lineNumber + ": ";
            List<String> fields = split(line, where);
            if (!headerSeen) {
                checkHeader(fields, where);
                headerSeen = true;
                continue;
            }
            CalendarEntry entry = entry(fields, where);
            Integer earlier = lineOfDate.putIfAbsent(entry.date(), lineNumber);
            if (earlier != null) {
                throw new IllegalArgumentException(where + "date " + entry.date() + " is already given on line " + earlier);
            }
            entries.add(entry);
        }
        if (!headerSeen) {
            throw new IllegalArgumentException(sourceName + ": empty, expected the header line " + String.join(",", HEADER));
        }
        return entries;
    }

    /**
     * Merges tables, a later source overriding an earlier one for the same date (the administrator's
     * file over the shipped table).
     *
     * @return the entries sorted by date, one per date
     */
    @SafeVarargs
    public static List<CalendarEntry> merge(Collection<CalendarEntry>... sources) {
        Map<LocalDate, CalendarEntry> byDate = new TreeMap<>();
        for (Collection<CalendarEntry> source : sources) {
            for (CalendarEntry entry : source) {
                byDate.put(entry.date(), entry);
            }
        }
        return List.copyOf(byDate.values());
    }

    private static void checkHeader(List<String> fields, String where) {
        boolean ok = fields.size() == HEADER.length || fields.size() == HEADER.length - 1;
        for (int i = 0; ok && i < fields.size(); i++) {
            ok = fields.get(i).equalsIgnoreCase(HEADER[i]);
        }
        if (!ok) {
            throw new IllegalArgumentException(where + "expected the header line " + String.join(",", HEADER)
                    + ", found " + String.join(",", fields));
        }
    }

    private static CalendarEntry entry(List<String> fields, String where) {
        if (fields.size() < 3 || fields.size() > 4) {
            throw new IllegalArgumentException(where + "expected 3 or 4 columns (date,kind,reason,source), found "
                    + fields.size() + (fields.size() > 4 ? "; quote a reason or source that contains a comma" : ""));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields.get(0));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "bad date '" + fields.get(0) + "', expected yyyy-MM-dd", e);
        }
        CalendarEntry.Kind kind;
        try {
            kind = CalendarEntry.Kind.valueOf(fields.get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "unknown kind '" + fields.get(1) + "', expected OFF or WORK", e);
        }
        String reason = fields.get(2);
        if (reason.isEmpty()) {
            throw new IllegalArgumentException(where + "the reason is empty");
        }
        String source = fields.size() == 4 ? fields.get(3) : null;
        // NFC, so that text typed on a system that decomposes accents still matches "Tết Nguyên đán".
        return new CalendarEntry(date, kind, Normalizer.normalize(reason, Normalizer.Form.NFC),
                source == null ? null : Normalizer.normalize(source, Normalizer.Form.NFC));
    }

    /** Splits one CSV line; fields are trimmed, quoted fields keep their inner spaces and commas. */
    static List<String> split(String line, String where) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                int column = i + 1;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException(where + "the quote opened in column " + column + " is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                while (i < n && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new IllegalArgumentException(where + "unexpected text after the closing quote in column " + (i + 1));
                }
                fields.add(field.toString());
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                fields.add(line.substring(i, end).strip());
                i = end;
            }
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }
}
