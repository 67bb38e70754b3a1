package vn.motcua.dossier.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The criteria and weights of the yearly ranking of communes, effective-dated: CSV
 * {@code validFrom,criterion,weight,label}. A year uses the set with the latest validFrom on or
 * before its last day.
 */
final class RankingFile {

    static final Set<String> CRITERIA = Set.of("ON_TIME_RATE", "SATISFACTION_RATE", "ONLINE_SHARE", "INDEX_SCORE");

    record Weight(LocalDate validFrom, String criterion, double weight, String label) {
    }

    private RankingFile() {
    }

    static List<Weight> parse(Reader reader) throws IOException {
        List<Weight> weights = new ArrayList<>();
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
            if (f.size() != 4) {
                throw new IllegalArgumentException("line " + lineNo + ": expected validFrom,criterion,weight,label");
            }
            if (!CRITERIA.contains(f.get(1))) {
                throw new IllegalArgumentException("line " + lineNo + ": unknown criterion '" + f.get(1) + "' "
                        + CRITERIA);
            }
            try {
                weights.add(new Weight(LocalDate.parse(f.get(0)), f.get(1), Double.parseDouble(f.get(2)), f.get(3)));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage());
            }
        }
        return List.copyOf(weights);
    }

    /** The weights in force for a year. */
    static List<Weight> forYear(List<Weight> all, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate latest = null;
        for (Weight w : all) {
            if (!w.validFrom().isAfter(end) && (latest == null || w.validFrom().isAfter(latest))) {
                latest = w.validFrom();
            }
        }
        List<Weight> in = new ArrayList<>();
        for (Weight w : all) {
            if (w.validFrom().equals(latest)) {
                in.add(w);
            }
        }
        return in;
    }
}
