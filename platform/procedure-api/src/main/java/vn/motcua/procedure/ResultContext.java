package vn.motcua.procedure;

import java.time.LocalDateTime;
import java.util.Map;

import vn.motcua.procedure.Submission.Applicant;

/**
 * What a field bundle knows when it prints a result (a trích lục, a certificate), at approval.
 *
 * @param dossierCode the dossier
 * @param agencyName the agency that issues the result
 * @param placeName the place printed before the date (e.g. "Bắc Ninh")
 * @param applicant who asked
 * @param form the applicant's form values
 * @param resultText what the approving leader wrote
 * @param registerNumber the number in the register, or 0 when the procedure keeps none
 * @param registerBook the register's book designation, "01/" and the year, then "-" and the result's symbol
 *     when it has one ("01/2026", "01/2026-QĐ-KT"), or null when the procedure keeps no register
 * @param approvedAt when it was approved and signed
 * @param approvedBy who signed
 */
public record ResultContext(String dossierCode, String agencyName, String placeName, Applicant applicant,
                            Map<String, String> form, String resultText, int registerNumber, String registerBook,
                            LocalDateTime approvedAt, String approvedBy) {

    public ResultContext {
        form = form == null ? Map.of() : Map.copyOf(form);
    }
}
