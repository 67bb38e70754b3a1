package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.procedure.Submission.Applicant;

/**
 * A dossier (hồ sơ) as the core keeps it. The procedure's name, field, time limit and process are
 * copied at receipt, so the dossier stays readable and its slips printable after its field bundle
 * is gone. Date-times are local to Asia/Ho_Chi_Minh.
 *
 * @param submittedAt when it was submitted (online) or received (counter, post)
 * @param receivedAt when the one-stop accepted it; null while only submitted online
 * @param countFrom when the legal time started to run
 * @param dueAt the legal due instant, moved only by the applicant's waiting time (suspensions)
 */
public record Dossier(String code, String procedureCode, String procedureName, String fieldCode,
                      String fieldName, String agencyCode, String agencyName, Channel channel,
                      DossierStatus status, Applicant applicant, List<DossierDocument> documents,
                      Map<String, String> form, TimeLimit timeLimit, LocalDateTime submittedAt,
                      LocalDateTime receivedAt, LocalDateTime countFrom, LocalDateTime dueAt, long fee,
                      List<String> feeLines, String receivedBy, String receivedByName, long version,
                      Progress progress) {
}
