package vn.motcua.dossier.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.motcua.dossier.Agency;

/**
 * Reads the province's agency tree from CSV (UTF-8): {@code code,name,level,parent,validFrom,validTo},
 * a header line first, '#' comments, fields with commas in double quotes.
 */
final class AgencyFile {

    private AgencyFile() {
    }

    static List<Agency> parse(Reader reader) throws IOException {
        List<Agency> agencies = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int lineNo = 0;
        boolean header = true;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            List<String> f = Csv.split(line, lineNo);
            if (f.size() != 6) {
                throw new IllegalArgumentException("line " + lineNo + ": expected 6 fields "
                        + "(code,name,level,parent,validFrom,validTo), found " + f.size());
            }
            String code = f.get(0);
            if (code.isEmpty() || f.get(1).isEmpty()) {
                throw new IllegalArgumentException("line " + lineNo + ": code and name are required");
            }
            if (!codes.add(code)) {
                throw new IllegalArgumentException("line " + lineNo + ": agency " + code + " listed twice");
            }
            Agency.Level level;
            try {
                level = Agency.Level.valueOf(f.get(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNo + ": unknown level '" + f.get(2)
                        + "' (PROVINCE, DISTRICT, COMMUNE, DEPARTMENT)");
            }
            agencies.add(new Agency(code, f.get(1), level, f.get(3).isEmpty() ? null : f.get(3),
                    date(f.get(4), lineNo), date(f.get(5), lineNo)));
        }
        for (Agency a : agencies) {
            if (a.parentCode() != null && !codes.contains(a.parentCode())) {
                throw new IllegalArgumentException("agency " + a.code() + ": unknown parent " + a.parentCode());
            }
        }
        return agencies;
    }

    private static LocalDate date(String text, int lineNo) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + lineNo + ": not a date (YYYY-MM-DD): " + text);
        }
    }
}
