package vn.motcua.procedure;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What an applicant hands in, as the field bundle sees it for fees and validation.
 *
 * @param procedureCode national procedure code
 * @param receivedAt when it is received (local time, Asia/Ho_Chi_Minh)
 * @param applicant who submits
 * @param documents the documents handed in
 * @param form the form's values by field name, as text
 * @param localFee the fee the province set for this procedure (phí, lệ phí do HĐND tỉnh quy định),
 *     in đồng, from the province catalogue; null when the province set none. The field's rules
 *     decide when it applies (e.g. not to an on-time registration, which is free by law).
 */
public record Submission(String procedureCode, LocalDateTime receivedAt, Applicant applicant,
                         List<SubmittedDocument> documents, Map<String, String> form, Long localFee) {

    /** A submission without a province fee. */
    public Submission(String procedureCode, LocalDateTime receivedAt, Applicant applicant,
                      List<SubmittedDocument> documents, Map<String, String> form) {
        this(procedureCode, receivedAt, applicant, documents, form, null);
    }

    public Submission {
        documents = documents == null ? List.of() : List.copyOf(documents);
        form = form == null ? Map.of() : Map.copyOf(form);
    }

    /** The applicant (người nộp hồ sơ). */
    public record Applicant(String fullName, String idNumber, String phone, String address, String email) {
    }

    /**
     * A document handed in.
     *
     * @param code the procedure's document code
     * @param originals bản chính
     * @param certifiedCopies bản sao có chứng thực
     * @param copies bản sao / photo (for a copy certification: the copies to certify)
     * @param pages pages of one copy (0 when not counted)
     */
    public record SubmittedDocument(String code, int originals, int certifiedCopies, int copies, int pages) {
    }

    /** The submitted document with this code, or null. */
    public SubmittedDocument document(String code) {
        for (SubmittedDocument d : documents) {
            if (d.code().equals(code)) {
                return d;
            }
        }
        return null;
    }
}
