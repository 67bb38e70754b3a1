package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * A statistics report for a period.
 *
 * @param rows one per group, largest first
 * @param total the whole
 * @param proceduresWithDossiers codes of the offered procedures that received dossiers in the period
 * @param proceduresWithoutDossiers codes of the offered procedures that received none
 * @param receivedPerAgencyPerMonth dossiers received per agency that received any, per month
 */
public record Report(LocalDate from, LocalDate to, ReportQuery.GroupBy groupBy, List<ReportRow> rows,
                     ReportRow total, List<String> proceduresWithDossiers, List<String> proceduresWithoutDossiers,
                     double receivedPerAgencyPerMonth) {
}
