package vn.motcua.simulator.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.motcua.procedure.Submission.SubmittedDocument;

/**
 * What a replay generates (a JSON file). Shares are percentages and need not add up exactly: they
 * are apportioned.
 *
 * @param dossiers how many dossiers in the period
 * @param agencies where they arrive
 * @param procedures which procedures, with what a realistic dossier carries (documents, form
 *     values; in form values ${idNumber}, ${name} and ${date-N} (the receipt day minus N days) are
 *     replaced)
 * @param channels counter, online, post (online only where the procedure is offered online)
 * @param supplementShare dossiers with a supplement request
 * @param lateShare dossiers finished after their due date
 * @param withdrawShare dossiers withdrawn by the applicant
 */
record Preset(String name, String title, LocalDate from, LocalDate to, int dossiers, List<Share> agencies,
              List<ProcedureShare> procedures, Map<String, Double> channels, double supplementShare,
              double lateShare, double withdrawShare) {

    record Share(String code, double share) {
    }

    record ProcedureShare(String code, double share, List<SubmittedDocument> documents, Map<String, String> form) {
    }

    void check() {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException(name + ": a period (from, to) is required");
        }
        if (dossiers < 1 || agencies == null || agencies.isEmpty() || procedures == null || procedures.isEmpty()) {
            throw new IllegalArgumentException(name + ": dossiers, agencies and procedures are required");
        }
    }
}
