package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One action on a dossier, as the audit trail records it; never edited or deleted.
 *
 * @param seq position in the dossier's trail, from 1
 * @param at when
 * @param userName who
 * @param userDisplayName who, by name
 * @param role in which role
 * @param agencyCode for which agency
 * @param action what, as a machine code (e.g. {@code RECEIVE})
 * @param fromStatus status before, null for the first entry
 * @param toStatus status after
 * @param stepCode the process step the action belongs to (e.g. THAM_DINH), or null
 * @param note free text
 * @param stepDueAt due instant of the step the action belongs to
 * @param details what else the action recorded (requested documents, new appointment, transfer
 *     agency, who collected the result…), by name
 */
public record AuditEntry(int seq, LocalDateTime at, String userName, String userDisplayName, Role role,
                         String agencyCode, String action, DossierStatus fromStatus, DossierStatus toStatus,
                         String stepCode, String note, LocalDateTime stepDueAt, Map<String, Object> details) {

    public AuditEntry {
        details = details == null ? Map.of() : details;
    }
}
