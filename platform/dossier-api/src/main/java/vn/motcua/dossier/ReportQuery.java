package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which statistics: a period (both days included), grouped by one dimension, optionally narrowed
 * to an agency (and the agencies under it), a field, a procedure, a channel.
 */
public record ReportQuery(LocalDate from, LocalDate to, GroupBy groupBy, String agencyCode, String fieldCode,
                          String procedureCode, Channel channel) {

    /** What the rows of a report are. */
    public enum GroupBy { PROVINCE, AGENCY, FIELD, PROCEDURE, CHANNEL }

    public ReportQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        groupBy = groupBy == null ? GroupBy.PROVINCE : groupBy;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
    }
}
