package vn.motcua.dossier;

import java.time.LocalDateTime;

/** A dossier as a list shows it (dueAt is null until the one-stop accepts an online submission). */
public record DossierSummary(String code, String procedureCode, String procedureName, String agencyCode,
                             Channel channel, DossierStatus status, String applicantName,
                             LocalDateTime submittedAt, LocalDateTime dueAt) {
}
