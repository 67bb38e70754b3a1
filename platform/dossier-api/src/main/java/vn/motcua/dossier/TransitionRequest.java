package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.motcua.procedure.Submission.SubmittedDocument;

/**
 * An action on a dossier, with what that action needs (the public JSON contract of
 * {@code POST /api/dossiers/{code}/transitions}; fields an action does not use are ignored).
 *
 * @param action what to do
 * @param version the dossier version the caller saw; when given and no longer current, the action
 *     is refused with 409 and the current state
 * @param note free text: the proposal, the reason of a refusal, a stop or a send-back
 * @param assignee HAND_OVER: the specialist the dossier goes to (optional)
 * @param requestedDocuments REQUEST_SUPPLEMENT: what the applicant must add or correct, and why
 * @param documents SUPPLEMENT: the documents handed in
 * @param appointment APOLOGIZE: the new appointment
 * @param toAgency TRANSFER: the agency the dossier goes to
 * @param workingDays TRANSFER: that agency's time, in working days
 * @param amount REQUEST_FEE: the obligation, in đồng
 * @param result APPROVE, RESOLVE_ON_SPOT: what the result is (e.g. "Bản sao chứng thực số 123")
 * @param collectedBy RETURN_RESULT, RESOLVE_ON_SPOT: who collected the result
 * @param form SUPPLEMENT: corrected values of the declaration (tờ khai), by field name; the fields
 *     not named keep their values (since 1.8)
 */
public record TransitionRequest(Action action, Long version, String note, String assignee,
                                List<RequestedDocument> requestedDocuments, List<SubmittedDocument> documents,
                                LocalDateTime appointment, String toAgency, Integer workingDays, Long amount,
                                String result, String collectedBy, Map<String, String> form) {

    /** A document the applicant is asked to add or correct. */
    public record RequestedDocument(String code, String name, String reason) {
    }

    public TransitionRequest {
        requestedDocuments = requestedDocuments == null ? List.of() : List.copyOf(requestedDocuments);
        documents = documents == null ? List.of() : List.copyOf(documents);
        form = form == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(form));
    }

    /** A request without corrections of the declaration (the 1.7 constructor). */
    public TransitionRequest(Action action, Long version, String note, String assignee,
                             List<RequestedDocument> requestedDocuments, List<SubmittedDocument> documents,
                             LocalDateTime appointment, String toAgency, Integer workingDays, Long amount,
                             String result, String collectedBy) {
        this(action, version, note, assignee, requestedDocuments, documents, appointment, toAgency, workingDays,
                amount, result, collectedBy, null);
    }

    /** A request with only an action and a note. */
    public static TransitionRequest of(Action action, String note) {
        return new TransitionRequest(action, null, note, null, null, null, null, null, null, null, null, null, null);
    }
}
