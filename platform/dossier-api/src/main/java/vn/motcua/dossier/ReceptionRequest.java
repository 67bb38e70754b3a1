package vn.motcua.dossier;

import java.util.List;
import java.util.Map;

import vn.motcua.procedure.Submission.Applicant;
import vn.motcua.procedure.Submission.SubmittedDocument;

/**
 * A dossier handed in at the counter, online or by post: the public JSON contract of
 * {@code POST /api/dossiers}.
 */
public record ReceptionRequest(String procedureCode, String agencyCode, Channel channel, Applicant applicant,
                               List<SubmittedDocument> documents, Map<String, String> form) {
}
