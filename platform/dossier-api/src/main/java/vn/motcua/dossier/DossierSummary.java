package vn.motcua.dossier;

import java.time.LocalDateTime;

/**
 * A dossier as a list shows it (dueAt is null until the one-stop accepts an online submission).
 *
 * @param stepName the process step it is at while in process (null otherwise)
 * @param stepRole who acts at that step: RECEPTION_CLERK, SPECIALIST or LEADER (null when no step is current)
 * @param assignee the specialist it was handed to, if any
 * @param transferAgencyCode while transferred (liên thông): the agency that has the dossier
 * @param transferDueAt while transferred: when that agency's part is due (its deadline to send it back)
 * @param backFromSupplement an online submission back from the reception's guidance (the applicant
 *        sent what was asked), waiting to be checked again
 */
public record DossierSummary(String code, String procedureCode, String procedureName, String agencyCode,
                             Channel channel, DossierStatus status, String applicantName,
                             LocalDateTime submittedAt, LocalDateTime dueAt, String stepName, String stepRole,
                             String assignee, String transferAgencyCode, LocalDateTime transferDueAt,
                             boolean backFromSupplement) {

    /**
     * A summary that does not say whether it came back from a supplement (dossier API 1.8).
     *
     * @since 1.9
     */
    public DossierSummary(String code, String procedureCode, String procedureName, String agencyCode,
                          Channel channel, DossierStatus status, String applicantName,
                          LocalDateTime submittedAt, LocalDateTime dueAt, String stepName, String stepRole,
                          String assignee, String transferAgencyCode, LocalDateTime transferDueAt) {
        this(code, procedureCode, procedureName, agencyCode, channel, status, applicantName, submittedAt, dueAt,
                stepName, stepRole, assignee, transferAgencyCode, transferDueAt, false);
    }

    /**
     * A summary without liên thông (dossier API 1.6).
     *
     * @since 1.7
     */
    public DossierSummary(String code, String procedureCode, String procedureName, String agencyCode,
                          Channel channel, DossierStatus status, String applicantName,
                          LocalDateTime submittedAt, LocalDateTime dueAt, String stepName, String stepRole,
                          String assignee) {
        this(code, procedureCode, procedureName, agencyCode, channel, status, applicantName, submittedAt, dueAt,
                stepName, stepRole, assignee, null, null, false);
    }

    /**
     * A summary without its step.
     *
     * @since 1.4
     */
    public DossierSummary(String code, String procedureCode, String procedureName, String agencyCode,
                          Channel channel, DossierStatus status, String applicantName,
                          LocalDateTime submittedAt, LocalDateTime dueAt) {
        this(code, procedureCode, procedureName, agencyCode, channel, status, applicantName, submittedAt, dueAt,
                null, null, null, null, null, false);
    }
}
