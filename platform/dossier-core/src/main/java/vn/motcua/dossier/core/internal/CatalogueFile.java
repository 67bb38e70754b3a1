package vn.motcua.dossier.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.Offer;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.ProcedureDescriptors;

/**
 * Reads the province catalogue from CSV (UTF-8, header line, '#' comments):
 * {@code procedure,agency,validFrom,validTo,decision,fee,timeLimit,onlineLevel}.
 */
final class CatalogueFile {

    private static final Pattern CODE = Pattern.compile("\\*|\\d\\.\\d{6}");

    private CatalogueFile() {
    }

    static List<Offer> parse(Reader reader) throws IOException {
        List<Offer> offers = new ArrayList<>();
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
            if (f.size() != 8) {
                throw new IllegalArgumentException("line " + lineNo + ": expected 8 fields "
                        + "(procedure,agency,validFrom,validTo,decision,fee,timeLimit,onlineLevel), found " + f.size());
            }
            String where = "line " + lineNo;
            if (!CODE.matcher(f.get(0)).matches()) {
                throw new IllegalArgumentException(where + ": procedure must be a national code or *, not '"
                        + f.get(0) + "'");
            }
            String agency = f.get(1);
            if (agency.isEmpty()) {
                throw new IllegalArgumentException(where + ": agency is required (a code, level:COMMUNE or *)");
            }
            if (agency.startsWith("level:")) {
                try {
                    Agency.Level.valueOf(agency.substring(6));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": unknown level '" + agency.substring(6) + "'");
                }
            }
            Long fee;
            try {
                fee = f.get(5).isEmpty() ? null : Long.parseLong(f.get(5).replace(".", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": fee must be an amount in đồng, not '" + f.get(5) + "'");
            }
            if (fee != null && fee < 0) {
                throw new IllegalArgumentException(where + ": fee must not be negative");
            }
            TimeLimit limit = f.get(6).isEmpty() ? null : ProcedureDescriptors.timeLimit(f.get(6), where + " timeLimit");
            OnlineLevel level;
            try {
                level = f.get(7).isEmpty() ? null : OnlineLevel.valueOf(f.get(7).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": onlineLevel must be NONE, PARTIAL or FULL");
            }
            offers.add(new Offer(f.get(0), agency, date(f.get(2), where), date(f.get(3), where),
                    f.get(4).isEmpty() ? null : f.get(4), fee, limit, level));
        }
        return List.copyOf(offers);
    }

    private static LocalDate date(String text, String where) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": not a date (YYYY-MM-DD): " + text);
        }
    }
}
