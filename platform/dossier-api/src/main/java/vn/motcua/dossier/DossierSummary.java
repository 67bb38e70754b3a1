package vn.motcua.dossier;

import java.time.LocalDateTime;

/** A dossier as a list shows it. */
public record DossierSummary(String code, String procedureCode, String procedureName, String agencyCode,
                             Channel channel, DossierStatus status, String applicantName,
                             LocalDateTime receivedAt, LocalDateTime dueAt) {
}
